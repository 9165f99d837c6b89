package dev.verbatim.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
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
     *
     * <p>Reads here run without a transaction, as the statements' reads do: at READ COMMITTED, the
     * isolation of both databases, each query sees what was committed when it began whether or not a
     * transaction holds them together, and a change's number and its row are committed together.
     */
    Head head() {
        long last = ((Number) entities.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult())
                .longValue();
        StatementChange change = last == 0 ? null : StatementChange.findById(last);
        return new Head(new ChangeCursor(last), change == null ? null : change.changedAt);
    }

    record Head(ChangeCursor cursor, Instant at) {
    }

    ChangePage after(ChangeCursor since, int limit) {
        List<StatementChange> changes = StatementChange.<StatementChange>find("seq > ?1 order by seq", since.seq())
                .page(0, limit).list();
        List<ChangeView> items = changes.stream().map(ChangeView::of).toList();
        String next = items.isEmpty() ? since.encode() : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next);
    }
}
