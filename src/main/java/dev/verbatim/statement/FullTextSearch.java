package dev.verbatim.statement;

import dev.verbatim.api.Facets;
import dev.verbatim.statement.ListRequest;
import java.util.List;
import java.util.function.Supplier;

/** Searching the text of statements: what the search index answers for the statement lists. */
public interface FullTextSearch {

    /** One page of matching statements (their ids, in order), with total, next cursor and facets. */
    Result statements(ListRequest request);

    /**
     * Runs a search and what it reads to answer (summaries, pairs) in its turn, for the search to
     * bound how many run at once. Not to be nested.
     */
    <T> T inTurn(Supplier<T> search);

    /** How many matching statements there are on each local publication date, newest first. */
    List<StatementRepository.DateCount> countByDate(ListRequest request);

    /** A page of hits: statements, or single Q&A pairs when {@code n} is above 0. */
    record Result(List<Hit> hits, String next, long total, Facets facets) {
    }

    /** A statement or one of its pairs, with short snippets where the search matched. */
    record Hit(String id, int n, List<String> highlights) {
    }
}
