package dev.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

/**
 * Keeps the index following every write. What the index needs of the statements is taken inside
 * the writing transaction, where they are whole, and indexed only once it has committed: a
 * rolled-back write never reaches the index. Should indexing fail, the next reconciliation repairs it.
 */
@ApplicationScoped
class IndexFollower {

    private final SearchIndex index;

    IndexFollower(SearchIndex index) {
        this.index = index;
    }

    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) IndexChanges change) {
        index.apply(change.stored(), change.withdrawn());
    }
}
