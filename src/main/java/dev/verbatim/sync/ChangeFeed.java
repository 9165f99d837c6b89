package dev.verbatim.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

/** Reading the change feed: every change after a cursor, in commit order. */
@ApplicationScoped
class ChangeFeed {

    static final int MAX_LIMIT = 1000;
    static final int DEFAULT_LIMIT = 100;

    @Transactional
    ChangePage after(ChangeCursor since, int limit) {
        List<StatementChange> changes = StatementChange.<StatementChange>find("seq > ?1 order by seq", since.seq())
                .page(0, limit).list();
        List<ChangeView> items = changes.stream().map(ChangeView::of).toList();
        String next = items.isEmpty() ? since.encode() : items.get(items.size() - 1).cursor();
        return new ChangePage(items, next);
    }
}
