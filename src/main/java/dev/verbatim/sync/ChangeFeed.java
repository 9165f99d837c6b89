package dev.verbatim.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Reading the change feed: every change after a cursor, in commit order. */
@ApplicationScoped
class ChangeFeed {

    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;

    private final EntityManager entities;

    ChangeFeed(EntityManager entities) {
        this.entities = entities;
    }

    /**
     * The newest committed change: its position and when it was made (null before the first).
     * Every change up to it is visible to whatever is read after this call.
     */
    @Transactional
    Head head() {
        long last = ((Number) entities.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult())
                .longValue();
        StatementChange change = last == 0 ? null : StatementChange.findById(last);
        return new Head(new ChangeCursor(last), change == null ? null : change.changedAt);
    }

    record Head(ChangeCursor cursor, Instant at) {
    }

    @Transactional
    ChangePage after(ChangeCursor since, int limit) {
        List<StatementChange> changes = StatementChange.<StatementChange>find("seq > ?1 order by seq", since.seq())
                .page(0, limit).list();
        List<ChangeView> items = changes.stream().map(ChangeView::of).toList();
        String next = items.isEmpty() ? since.encode() : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next);
    }
}
