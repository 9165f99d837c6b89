package dev.verbatim.search;

import dev.verbatim.api.Cursor;
import dev.verbatim.api.Facets;
import dev.verbatim.api.ListRequest;
import dev.verbatim.api.ProblemException;
import dev.verbatim.statement.FullTextSearch;
import dev.verbatim.statement.StatementRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;

/**
 * Searches the index: pages of statements or of single Q&A pairs matching a query and the list
 * filters, in order of relevance or of publication, with highlights and facets.
 */
@ApplicationScoped
public class LuceneSearch implements FullTextSearch {

    private final SearchIndex index;
    private final Highlights highlights;
    private final FacetCounts facets;

    LuceneSearch(SearchIndex index, Highlights highlights, FacetCounts facets) {
        this.index = index;
        this.highlights = highlights;
        this.facets = facets;
    }

    @Override
    public Result statements(ListRequest request) {
        Query text = request.q() == null ? null : SearchQuery.statements(request.q());
        return search(request, Fields.STATEMENT, text);
    }

    /** One page of matching pairs; {@code in} names the fields searched: question, answer or both. */
    public Result pairs(ListRequest request, List<String> in) {
        Query text = request.q() == null ? null : SearchQuery.pairs(request.q(), in);
        return search(request, Fields.PAIR, text);
    }

    @Override
    public List<StatementRepository.DateCount> countByDate(ListRequest request) {
        Query query = filtered(request, Fields.STATEMENT, request.q() == null ? null : SearchQuery.statements(request.q()));
        return guarded(() -> index.read(searcher -> {
            FacetsCollector hits = searcher.search(query, new FacetsCollectorManager());
            return facets.days(hits).stream()
                    .map(day -> new StatementRepository.DateCount(LocalDate.ofEpochDay(day.value()), day.count()))
                    .toList();
        }));
    }

    private Result search(ListRequest request, String kind, Query text) {
        Query query = filtered(request, kind, text);
        Sort sort = sort(request.sort(), kind);
        FieldDoc after = after(request.cursor(), kind);
        return guarded(() -> index.read(searcher -> {
            var top = new TopFieldCollectorManager(sort, request.limit() + 1, after, Integer.MAX_VALUE);
            FacetsCollector facetHits = null;
            TopDocs docs;
            if (request.facets()) {
                Object[] both = searcher.search(query, new MultiCollectorManager(top, new FacetsCollectorManager()));
                docs = (TopDocs) both[0];
                facetHits = (FacetsCollector) both[1];
            } else {
                docs = searcher.search(query, top);
            }
            return page(searcher, request, kind, text, docs, facetHits);
        }));
    }

    private Result page(IndexSearcher searcher, ListRequest request, String kind, Query text, TopDocs docs,
            FacetsCollector facetHits) throws IOException {
        boolean more = docs.scoreDocs.length > request.limit();
        ScoreDoc[] shown = more ? java.util.Arrays.copyOf(docs.scoreDocs, request.limit()) : docs.scoreDocs;
        List<List<String>> marked = text == null ? null : highlights.of(searcher, text, kind, shown);
        List<Hit> hits = new ArrayList<>(shown.length);
        for (int i = 0; i < shown.length; i++) {
            FieldDoc doc = (FieldDoc) shown[i];
            String key = ((BytesRef) doc.fields[doc.fields.length - 1]).utf8ToString();
            int slash = key.indexOf('/');
            String id = slash < 0 ? key : key.substring(0, slash);
            int n = slash < 0 ? 0 : Integer.parseInt(key.substring(slash + 1));
            hits.add(new Hit(id, n, marked == null ? null : marked.get(i)));
        }
        String next = more ? cursorAfter(request, (FieldDoc) shown[shown.length - 1]) : null;
        Facets counts = facetHits == null ? null : facets.of(searcher, facetHits);
        return new Result(hits, next, docs.totalHits.value, counts);
    }

    /** The query, restricted to one kind of document and to the request's dates, language and issuer. */
    private static Query filtered(ListRequest request, String kind, Query text) {
        BooleanQuery.Builder query = new BooleanQuery.Builder()
                .add(text == null ? new MatchAllDocsQuery() : text, text == null ? BooleanClause.Occur.FILTER : BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.KIND, kind)), BooleanClause.Occur.FILTER);
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
     * Every order ends on the unique key, as the database's lists end on the id, so that a cursor
     * names one position. By date, pairs of one statement come in their own order.
     */
    private static Sort sort(dev.verbatim.api.Sort order, String kind) {
        if (order == dev.verbatim.api.Sort.RELEVANCE) {
            return new Sort(SortField.FIELD_SCORE, new SortField(Fields.KEY, SortField.Type.STRING));
        }
        boolean newest = order == dev.verbatim.api.Sort.NEWEST;
        if (kind.equals(Fields.PAIR)) {
            return new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, newest),
                    new SortField(Fields.ID, SortField.Type.STRING, newest), new SortField(Fields.N, SortField.Type.INT),
                    new SortField(Fields.KEY, SortField.Type.STRING));
        }
        return new Sort(new SortField(Fields.PUBLISHED, SortField.Type.LONG, newest), new SortField(Fields.KEY, SortField.Type.STRING, newest));
    }

    /** Where the page after the cursor starts, in the sort's own values. */
    private static FieldDoc after(Cursor cursor, String kind) {
        if (cursor == null) {
            return null;
        }
        BytesRef key = new BytesRef(cursor.id());
        if (cursor.sort() == dev.verbatim.api.Sort.RELEVANCE) {
            return new FieldDoc(Integer.MAX_VALUE, cursor.score(), new Object[] { cursor.score(), key });
        }
        long published = StatementDocuments.nanos(cursor.at());
        if (kind.equals(Fields.PAIR)) {
            String id = cursor.id().contains("/") ? cursor.id().substring(0, cursor.id().indexOf('/')) : cursor.id();
            int n = cursor.id().contains("/") ? parseN(cursor.id()) : 0;
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] { published, new BytesRef(id), n, key });
        }
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] { published, key });
    }

    private static int parseN(String key) {
        try {
            return Integer.parseInt(key.substring(key.indexOf('/') + 1));
        } catch (NumberFormatException e) {
            throw new ProblemException.InvalidParameters("cursor", "is not a cursor issued by this API; take it from a page's next");
        }
    }

    private static String cursorAfter(ListRequest request, FieldDoc last) {
        BytesRef key = (BytesRef) last.fields[last.fields.length - 1];
        String id = key.utf8ToString();
        if (request.sort() == dev.verbatim.api.Sort.RELEVANCE) {
            return Cursor.afterScore((Float) last.fields[0], id).encode();
        }
        long nanos = (Long) last.fields[0];
        Instant at = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return Cursor.after(request.sort(), at, id).encode();
    }

    /** A query that grows too large once its words are spread over every language is the client's to shorten. */
    private static <T> T guarded(java.util.function.Supplier<T> search) {
        try {
            return search.get();
        } catch (IndexSearcher.TooManyClauses e) {
            throw new ProblemException.InvalidParameters("q", "has too many words; search with fewer");
        }
    }
}
