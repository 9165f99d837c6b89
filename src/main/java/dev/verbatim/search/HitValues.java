package dev.verbatim.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.ScoreDoc;

/** A keyword field's value for each hit of a page, from its doc values. */
final class HitValues {

    private HitValues() {
    }

    /**
     * The value of {@code field} for each hit, in the hits' order, null where a document has none.
     * Read in index order, with one doc-values iterator per segment rather than one per hit (each
     * costs a lookup of the field and a new reader of its blocks).
     */
    static String[] of(IndexReader reader, String field, ScoreDoc[] hits) throws IOException {
        int[] inIndexOrder = IntStream.range(0, hits.length).boxed()
                .sorted(Comparator.comparingInt(i -> hits[i].doc)).mapToInt(Integer::intValue).toArray();
        String[] values = new String[hits.length];
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = null;
        SortedDocValues docValues = null;
        for (int i : inIndexOrder) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                docValues = DocValues.getSorted(leaf.reader(), field);
            }
            if (docValues.advanceExact(doc - leaf.docBase)) {
                values[i] = docValues.lookupOrd(docValues.ordValue()).utf8ToString();
            }
        }
        return values;
    }

    /** {@link #of}, for hits that all have a value. */
    static List<String> ofEach(IndexReader reader, String field, ScoreDoc[] hits) throws IOException {
        String[] values = of(reader, field, hits);
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalStateException("A document of the search index has no " + field + ": " + hits[i].doc);
            }
        }
        return Arrays.asList(values);
    }
}
