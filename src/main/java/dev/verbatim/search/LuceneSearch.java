package dev.verbatim.search;

import dev.verbatim.domain.Busy;
import dev.verbatim.domain.InvalidArguments;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;

/**
 * Searches the index: pages of statements or of single Q&A pairs matching a query and the list
 * filters, in order of relevance or of publication, with highlights and facets; and counts by day.
 */
@ApplicationScoped
public class LuceneSearch {

    private final SearchIndex index;
    private final Highlights highlights;
    private final FacetCounts facets;
    private final Semaphore running;
    private final Duration wait;

    LuceneSearch(SearchIndex index, Highlights highlights, FacetCounts facets, SearchConfig config, MeterRegistry meters) {
        this.index = index;
        this.highlights = highlights;
        this.facets = facets;
        int turns = config.concurrency().orElse(2 * Runtime.getRuntime().availableProcessors());
        this.running = new Semaphore(turns, true);
        this.wait = config.turnWait();
        Gauge.builder("verbatim.turns.waiting", running, Semaphore::getQueueLength).tag("turns", "searches")
                .description("Searches waiting for a turn (more than a moment's: the server is saturated)").register(meters);
        Gauge.builder("verbatim.turns.taken", running, free -> turns - free.availablePermits()).tag("turns", "searches")
                .description("Searches running, of verbatim.search.concurrency at most").register(meters);
    }

    /** How many searches are waiting for a turn now. */
    public int waiting() {
        return running.getQueueLength();
    }

    /**
     * Runs a search, and what its caller reads to answer it (summaries, pairs), in turn: at most
     * {@code verbatim.search.concurrency} run at once, the others wait, first come first served, for
     * {@code verbatim.search.turn-wait} at most (then refused, {@link Busy}). A search is processor
     * work from end to end (the index, the highlights, the summaries); more at
     * once than the processors can run only share them out, so that each takes longer, the
     * collector has more to do, and the slowest wait longest. Under load, taking turns answers more
     * searches and keeps the slowest far closer to the median. Not to be nested.
     */
    public <T> T inTurn(Supplier<T> search) {
        Busy.takeTurn(running, wait, "searches");
        try {
            return search.get();
        } finally {
            running.release();
        }
    }

    /** One page of matching statements: their ids in order, the total, where the next page starts, and facets if asked. */
    public SearchPage statements(SearchRequest request) {
        if (request.q() == null) {
            return search(request, Fields.STATEMENT, null, null, null);
        }
        return search(request, Fields.STATEMENT, SearchQuery.statements(request.q()), SearchQuery.statementsToCount(request.q()),
                List.of(Fields.TEXT));
    }

    /** One page of matching Q&A pairs, searched in {@code in}: their questions, their answers, or both. */
    public SearchPage pairs(SearchRequest request, Set<PairText> in) {
        List<String> fields = in.stream().sorted().map(text -> text.field).toList();
        Query text = request.q() == null ? null : SearchQuery.pairs(request.q(), fields);
        return search(request, Fields.PAIR, text, text, fields);
    }

    /** How many matching statements there are on each local publication day, newest first. */
    public List<DayCount> countByDay(SearchRequest request) {
        Query query = filtered(request, Fields.STATEMENT, request.q() == null ? null : SearchQuery.statementsToCount(request.q()));
        return guarded(() -> index.read(searcher -> {
            FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
            return facets.days(hits).stream().map(day -> new DayCount(LocalDate.ofEpochDay(day.value()), day.count())).toList();
        }));
    }

    /** {@code highlighted}: the text fields whose snippets a hit shows, whatever their language (text, question, answer). */
    private SearchPage search(SearchRequest request, String kind, Query text, Query textToCount, List<String> highlighted) {
        Query query = filtered(request, kind, text);
        return guarded(() -> index.read(searcher -> {
            // Only the page is collected, so that Lucene may skip what cannot make it (block-max
            // WAND by score, points by date); the total is counted apart, without scoring.
            int wanted = request.limit() + 1;
            CollectorManager<?, ? extends TopDocs> top = request.order() == SearchRequest.Order.RELEVANCE
                    ? new TopScoreDocCollectorManager(wanted, afterScore(searcher, request.after()), wanted)
                    : new TopFieldCollectorManager(sort(request.order(), kind), wanted, afterDate(request.after(), kind), wanted);
            FacetsCollector facetHits = null;
            TopDocs docs;
            if (request.facets()) {
                Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
                docs = (TopDocs) both[0];
                facetHits = (FacetsCollector) both[1];
            } else {
                docs = searcher.search(query, top);
            }
            long total;
            if (facetHits != null) {
                total = facetHits.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
            } else if (docs.totalHits.relation == TotalHits.Relation.EQUAL_TO) {
                total = docs.totalHits.value; // nothing was skipped: every match was counted
            } else {
                total = searcher.count(filtered(request, kind, textToCount));
            }
            return page(searcher, request, kind, highlighted, docs, total, facetHits);
        }));
    }

    private SearchPage page(IndexSearcher searcher, SearchRequest request, String kind, List<String> highlighted, TopDocs docs,
            long total, FacetsCollector facetHits) throws IOException {
        boolean more = docs.scoreDocs.length > request.limit();
        // The documents of this page: one more than the limit was collected, to know whether a next page exists.
        ScoreDoc[] pageDocs = more ? Arrays.copyOf(docs.scoreDocs, request.limit()) : docs.scoreDocs;
        List<List<String>> marked = request.q() == null ? null : highlights.of(searcher, request.q(), highlighted, pageDocs);
        // The unique key of each document: a statement's id, or id/n for a pair.
        List<String> keys = HitValues.ofEach(searcher.getIndexReader(), Fields.KEY, pageDocs);
        List<Hit> hits = new ArrayList<>(pageDocs.length);
        for (int i = 0; i < pageDocs.length; i++) {
            String key = keys.get(i);
            int slash = key.indexOf('/');
            String id = slash < 0 ? key : key.substring(0, slash);
            int n = slash < 0 ? 0 : Integer.parseInt(key.substring(slash + 1));
            hits.add(new Hit(id, n, marked == null ? null : marked.get(i)));
        }
        Position next = more ? after(request, pageDocs[pageDocs.length - 1], keys.get(keys.size() - 1)) : null;
        MatchCounts counts = facetHits == null ? null : facets.of(searcher, facetHits);
        return new SearchPage(hits, next, total, counts);
    }

    /**
     * The query, restricted to one kind of document and to the request's dates, language and
     * issuer. Words need no restriction to a kind, since each kind has text fields of its own, but
     * "-word" alone matches every document without the word, of any kind.
     */
    private static Query filtered(SearchRequest request, String kind, Query text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        if (text == null || SearchQuery.matchesWithoutWords(text)) {
            query.add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
        }
        if (text != null) {
            query.add(text, BooleanClause.Occur.MUST);
        }
        if (request.from() != null || request.to() != null) {
            long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
            long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
            query.add(LongPoint.newRangeQuery(Fields.DAY, from, to), BooleanClause.Occur.FILTER);
        }
        if (request.language() != null) {
            query.add(new TermQuery(new Term(Fields.LANGUAGE, request.language())), BooleanClause.Occur.FILTER);
        }
        if (request.issuer() != null) {
            query.add(new TermQuery(new Term(Fields.ISSUER, request.issuer())), BooleanClause.Occur.FILTER);
        }
        return query.build();
    }

    /**
     * An order by date ends on the unique key, as the database's lists end on the id, so that a
     * cursor names one position. Pairs of one statement come in their own order.
     */
    private static Sort sort(SearchRequest.Order order, String kind) {
        boolean newest = order == SearchRequest.Order.NEWEST;
        if (kind.equals(Fields.PAIR)) {
            return new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, newest),
                    new SortField(Fields.ID, SortField.Type.STRING, newest), new SortField(Fields.N, SortField.Type.INT),
                    new SortField(Fields.KEY, SortField.Type.STRING));
        }
        return new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, newest), new SortField(Fields.KEY, SortField.Type.STRING, newest));
    }

    /**
     * Where a page by relevance starts: after the position's score and, among equal scores, after
     * its document. A document since removed leaves every equal score behind.
     */
    private static ScoreDoc afterScore(IndexSearcher searcher, Position after) throws IOException {
        if (after == null) {
            return null;
        }
        TopDocs found = searcher.search(new TermQuery(new Term(Fields.KEY, after.key())), 1);
        int doc = found.scoreDocs.length == 0 ? Integer.MAX_VALUE : found.scoreDocs[0].doc;
        return new ScoreDoc(doc, after.score());
    }

    /** Where a page by date starts, in the sort's own values. */
    private static FieldDoc afterDate(Position after, String kind) {
        if (after == null) {
            return null;
        }
        BytesRef key = new BytesRef(after.key());
        long published = StatementDocuments.nanos(after.at());
        if (kind.equals(Fields.PAIR)) {
            String id = after.key().contains("/") ? after.key().substring(0, after.key().indexOf('/')) : after.key();
            int n = after.key().contains("/") ? parseN(after.key()) : 0;
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] { published, new BytesRef(id), n, key });
        }
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] { published, key });
    }

    private static int parseN(String key) {
        try {
            return Integer.parseInt(key.substring(key.indexOf('/') + 1));
        } catch (NumberFormatException e) {
            throw new InvalidArguments("cursor", "is not a cursor issued by this API; take it from a page's next");
        }
    }

    /** The position of the last hit of a page, where the next page starts. */
    private static Position after(SearchRequest request, ScoreDoc last, String key) {
        if (request.order() == SearchRequest.Order.RELEVANCE) {
            return new Position(null, last.score, key);
        }
        long nanos = (Long) ((FieldDoc) last).fields[0];
        Instant at = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return new Position(at, 0f, key);
    }

    /** A query that grows too large once its words are spread over every language is the client's to shorten. */
    private static <T> T guarded(Supplier<T> search) {
        try {
            return search.get();
        } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidArguments("q", "has too many words; search with fewer");
        }
    }
}
