package dev.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/** Counts of matching documents by year, language, issuer and day, with Lucene's facet module. */
@ApplicationScoped
class FacetCounts {

    /** Distinct languages and issuers listed at most; more would not help anyone choose. */
    private static final int TOP = 100;

    private volatile ReaderStates states;

    MatchCounts of(IndexSearcher searcher, FacetsCollector hits) throws IOException {
        ReaderStates current = states(searcher.getIndexReader());
        return new MatchCounts(years(hits), strings(current.language, Fields.LANGUAGE, hits), strings(current.issuer, Fields.ISSUER, hits));
    }

    /** Matching documents per local publication day (as an epoch day), newest first. */
    List<Count> days(FacetsCollector hits) throws IOException {
        return longs(Fields.DAY, hits);
    }

    private static List<MatchCounts.Count> years(FacetsCollector hits) throws IOException {
        return longs(Fields.YEAR, hits).stream().map(year -> new MatchCounts.Count(Long.toString(year.value()), year.count())).toList();
    }

    private static List<Count> longs(String field, FacetsCollector hits) throws IOException {
        FacetResult result = new LongValueFacetCounts(field, hits).getAllChildrenSortByValue();
        List<Count> counts = new ArrayList<>();
        for (LabelAndValue entry : result.labelValues) {
            counts.add(new Count(Long.parseLong(entry.label), entry.value.longValue()));
        }
        counts.sort(Comparator.comparingLong(Count::value).reversed());
        return counts;
    }

    private static List<MatchCounts.Count> strings(StringDocValuesReaderState state, String field, FacetsCollector hits)
            throws IOException {
        FacetResult result = new StringValueFacetCounts(state, hits).getTopChildren(TOP, field);
        if (result == null) {
            return List.of();
        }
        return Arrays.stream(result.labelValues)
                .sorted(Comparator.comparingLong((LabelAndValue entry) -> -entry.value.longValue()).thenComparing(entry -> entry.label))
                .map(entry -> new MatchCounts.Count(entry.label, entry.value.longValue()))
                .toList();
    }

    /** The ordinal maps of a reader, built once per refresh of the index rather than per request. */
    private ReaderStates states(IndexReader reader) throws IOException {
        ReaderStates known = states;
        if (known != null && known.reader == reader) {
            return known;
        }
        ReaderStates built = new ReaderStates(reader, new StringDocValuesReaderState(reader, Fields.LANGUAGE),
                new StringDocValuesReaderState(reader, Fields.ISSUER));
        states = built;
        return built;
    }

    private record ReaderStates(IndexReader reader, StringDocValuesReaderState language, StringDocValuesReaderState issuer) {
    }

    /** A numeric facet value and how many documents carry it. */
    record Count(long value, long count) {
    }
}
