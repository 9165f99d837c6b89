package dev.verbatim.statement;

import dev.verbatim.search.IndexSource;
import dev.verbatim.search.IndexedStatement;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the search index is given of statements: what it reads to follow the change feed and to
 * bring itself level with the database, and (see {@link #of}) what it keeps of each.
 */
@ApplicationScoped
public class IndexedStatements implements IndexSource {

    private final StatementRepository statements;

    IndexedStatements(StatementRepository statements) {
        this.statements = statements;
    }

    @Override
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Map<String, Instant> liveStoredAfter(String after, int limit) {
        return statements.liveStoredAfter(after, limit);
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

    /** What the index keeps of a statement; to be taken inside the transaction that has it whole. */
    public static IndexedStatement of(Statement statement) {
        List<IndexedStatement.Pair> pairs = statement.qa().stream()
                .map(pair -> new IndexedStatement.Pair(pair.n, pair.question, pair.answer)).toList();
        return new IndexedStatement(statement.id, statement.language, statement.issuer.id, statement.title, statement.text, pairs,
                statement.publishedAt(), statement.publishedDate(), statement.updatedAt);
    }
}
