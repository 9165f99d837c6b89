package dev.verbatim.search;

import dev.verbatim.statement.StatementsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.jboss.logging.Logger;

/**
 * Keeps the index following every write. Documents are built inside the writing transaction,
 * where the statements are whole, and applied only once it has committed: a rolled-back write
 * never reaches the index. Should applying fail, the next reconciliation repairs it.
 */
@ApplicationScoped
class IndexFollower {

    private static final Logger LOG = Logger.getLogger(IndexFollower.class);

    private final SearchIndex index;
    private final TransactionSynchronizationRegistry transactions;

    IndexFollower(SearchIndex index, TransactionSynchronizationRegistry transactions) {
        this.index = index;
        this.transactions = transactions;
    }

    void onChange(@Observes StatementsChanged change) {
        Map<String, List<Document>> stored = StatementDocuments.of(change.stored());
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
                try {
                    index.apply(stored, withdrawn);
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Indexing %d stored and %d withdrawn statements failed; the next reconciliation repairs it",
                            stored.size(), withdrawn.size());
                }
            }
        });
    }
}
