package dev.verbatim.statement;

import dev.verbatim.search.IndexChanges;
import dev.verbatim.search.IndexSource;
import dev.verbatim.search.IndexedStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search index is given of statements: each write, taken inside its transaction where the
 * statements are whole (the index takes it in once the transaction commits), and what
 * reconciliation reads to bring the index level with the database.
 */
@ApplicationScoped
class IndexedStatements implements IndexSource {

    private final StatementRepository statements;
    private final Event<IndexChanges> indexed;

    IndexedStatements(StatementRepository statements, Event<IndexChanges> indexed) {
        this.statements = statements;
        this.indexed = indexed;
    }

    void onChange(@Observes StatementsChanged change) {
        List<IndexedStatement> stored = change.stored().stream().map(IndexedStatements::of).toList();
        List<String> withdrawn = change.withdrawn().stream().map(statement -> statement.id).toList();
        indexed.fire(new IndexChanges(stored, withdrawn));
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Instant> liveStoredAt() {
        return statements.liveStoredAt();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<IndexedStatement> live(Collection<String> ids) {
        return statements.wholeByIds(ids).values().stream().map(IndexedStatements::of).toList();
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Set<String> liveAmong(Collection<String> ids) {
        return statements.liveAmong(ids);
    }

    static IndexedStatement of(Statement statement) {
        List<IndexedStatement.Pair> pairs = statement.qa().stream()
                .map(pair -> new IndexedStatement.Pair(pair.n, pair.question, pair.answer)).toList();
        return new IndexedStatement(statement.id, statement.language, statement.issuer.id, statement.title, statement.text, pairs,
                statement.publishedAt(), statement.publishedDate(), statement.updatedAt);
    }
}
