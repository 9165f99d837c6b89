package dev.verbatim.search;

import dev.verbatim.statement.StatementsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;

/**
 * Keeps the index following every write. What the index needs of the statements is taken inside
 * the writing transaction, where they are whole, and indexed only once it has committed: a
 * rolled-back write never reaches the index. Should indexing fail, the next reconciliation repairs it.
 */
@ApplicationScoped
class IndexFollower {

    private final SearchIndex index;
    private final TransactionSynchronizationRegistry transactions;

    IndexFollower(SearchIndex index, TransactionSynchronizationRegistry transactions) {
        this.index = index;
        this.transactions = transactions;
    }

    void onChange(@Observes StatementsChanged change) {
        List<IndexedStatement> stored = change.stored().stream().map(IndexedStatement::of).toList();
        List<String> withdrawn = change.withdrawn().stream().map(statement -> statement.id).toList();
        if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
            index.apply(stored, withdrawn);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                index.apply(stored, withdrawn);
            }
        });
    }
}
