package dev.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;

/**
 * Short snippets of a hit's text around what matched, with Lucene's unified highlighter: at most
 * {@value #SNIPPETS} of about {@value #LENGTH} characters, HTML-escaped, each match in
 * {@code <mark></mark>}, in the order they appear. The highlighters are built once for each reader
 * of the index and serve every search on it.
 */
@ApplicationScoped
class Highlights {

    static final int SNIPPETS = 3;
    static final int LENGTH = 160;
    /** The highlighter's largest length, as long as any text can be (imports are far shorter). */
    private static final int WHOLE_TEXT = Integer.MAX_VALUE - 1;
    private static final PassageFormatter FORMATTER = new Snippets();
    private static final PassageScorer SCORER = new PassageScores();
    private volatile ReaderHighlighters highlighters;

    /** Snippets of each hit's {@code fields} (text, question, answer) where the query {@code q} matched. */
    List<List<String>> of(IndexSearcher searcher, String q, List<String> fields, ScoreDoc[] hits) throws IOException {
        // Each hit is highlighted in the fields of its own language only: a statement has no others.
        Map<String, List<Integer>> byFamily = new TreeMap<>();
        String[] languages = HitValues.of(searcher.getIndexReader(), Fields.LANGUAGE, hits);
        for (int i = 0; i < hits.length; i++) {
            byFamily.computeIfAbsent(Analyzers.family(languages[i]), family -> new ArrayList<>()).add(i);
        }
        ReaderHighlighters forReader = highlighters(searcher);
        List<List<String>> snippets = new ArrayList<>(Collections.nCopies(hits.length, List.of()));
        for (Map.Entry<String, List<Integer>> family : byFamily.entrySet()) {
            List<String> names = fields.stream().map(field -> Fields.text(field, family.getKey())).toList();
            String[] inFamily = names.toArray(String[]::new);
            // Rewritten first: a word typed with a star becomes the words it stood for in the
            // search, found in each hit's postings; left a prefix, the highlighter would analyze
            // every hit's whole text again to find them (half of such a search).
            Query query = searcher.rewrite(SearchQuery.inFields(q, names));
            int[] docs = family.getValue().stream().mapToInt(i -> hits[i].doc).toArray();
            int[] passages = new int[inFamily.length];
            Arrays.fill(passages, SNIPPETS);
            Map<String, Object[]> found = forReader.of(family.getKey()).snippets(inFamily, query, docs, passages);
            for (int d = 0; d < docs.length; d++) {
                List<String> forHit = new ArrayList<>();
                for (String field : inFamily) {
                    Object value = found.get(field)[d];
                    if (value != null) {
                        @SuppressWarnings("unchecked")
                        List<String> list = (List<String>) value;
                        forHit.addAll(list);
                    }
                }
                snippets.set(family.getValue().get(d), forHit.size() > SNIPPETS ? forHit.subList(0, SNIPPETS) : forHit);
            }
        }
        return snippets;
    }

    /** The highlighters of the searcher's reader, built by the first search after each refresh of the index. */
    private ReaderHighlighters highlighters(IndexSearcher searcher) {
        ReaderHighlighters known = highlighters;
        if (known == null || known.searcher() != searcher) {
            known = new ReaderHighlighters(searcher, highlighter(searcher, ' '), highlighter(searcher, '。'));
            highlighters = known;
        }
        return known;
    }

    /**
     * Passages of about {@value #LENGTH} characters, cut at {@code between}: between words, or
     * between sentences in Chinese, which has no spaces; far cheaper than the JDK's word rules over
     * a whole statement.
     */
    private static SnippetHighlighter highlighter(IndexSearcher searcher, char between) {
        return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, Analyzers.INDEX)
                .withFormatter(FORMATTER)
                .withScorer(SCORER)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(between), LENGTH, 0.5f))
                // The whole text, not Lucene's first 10,000 characters: a long press conference
                // is found by a word in its last answer, and shows it.
                .withMaxLength(WHOLE_TEXT)
                .withMaxNoHighlightPassages(0)
                // Each matched word marked on its own, a phrase's words only where they stand
                // together; not Lucene's default of matching the query again in each hit (weight
                // matches), which builds a searcher and the query's weights per hit: a fifth of a search.
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false)
                .withMaskedFieldsFunc(Highlights::withCharacterPairs));
    }

    /**
     * A Chinese field is highlighted where its words matched and where its character pairs did: a
     * quoted phrase is found in the pairs, and marked in the text as a whole.
     */
    private static Set<String> withCharacterPairs(String field) {
        String chars = Fields.chars(field);
        return chars == null ? null : Set.of(field, chars);
    }

    /** The highlighters of one reader of the index: for Chinese, and for every other language. */
    private record ReaderHighlighters(IndexSearcher searcher, SnippetHighlighter spaced, SnippetHighlighter chinese) {

        SnippetHighlighter of(String family) {
            return family.equals("zh") ? chinese : spaced;
        }
    }

    /**
     * The unified highlighter, answering each document's passages as a list rather than one string,
     * and reading the texts from where the index keeps them for it.
     */
    private static final class SnippetHighlighter extends UnifiedHighlighter {

        SnippetHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }

        /**
         * The texts from their doc values rather than from stored fields (see
         * StatementDocuments.highlightable), whole (see WHOLE_TEXT); as many documents as the
         * threshold of characters allows, at least one.
         */
        @Override
        protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int cacheCharsThreshold)
                throws IOException {
            List<CharSequence[]> loaded = new ArrayList<>();
            List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
            // The documents come in index order: one iterator per field and segment serves all a
            // segment's hits (each new one allocates a buffer as long as the segment's longest text).
            LeafReaderContext leaf = null;
            BinaryDocValues[] texts = new BinaryDocValues[fields.length];
            long chars = 0;
            do {
                int doc = docs.nextDoc();
                if (doc == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                    leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                    for (int f = 0; f < fields.length; f++) {
                        texts[f] = DocValues.getBinary(leaf.reader(), fields[f]);
                    }
                }
                CharSequence[] values = new CharSequence[fields.length];
                for (int f = 0; f < fields.length; f++) {
                    if (texts[f].advanceExact(doc - leaf.docBase)) {
                        values[f] = StatementDocuments.decoded(texts[f].binaryValue());
                        chars += values[f].length();
                    }
                }
                loaded.add(values);
            } while (chars <= cacheCharsThreshold && cacheCharsThreshold != 0);
            return loaded;
        }
    }

    /**
     * Lucene's score of a passage (BM25 over its matched words, weighed by where it starts), the
     * same to the bit, without what Lucene's allocates for each: a hash of the passage's words with
     * a block of 32 KiB. Every passage holding a match is scored, a dozen or more in a long text:
     * without it a search's highlighting takes about a third less time and allocates less than
     * half as much (measured over 100,000 generated statements, 20 hits a page). A passage holds
     * a few matches: its distinct words are found by comparing them, in the order they first
     * appear, as Lucene sums them.
     */
    static final class PassageScores extends PassageScorer {

        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDocument = passage.getMatchTermFreqsInDoc();
            double score = 0d;
            for (int i = 0; i < matches; i++) {
                if (seenBefore(terms, i)) {
                    continue;
                }
                int inPassage = 1;
                for (int j = i + 1; j < matches; j++) {
                    if (terms[j].bytesEquals(terms[i])) {
                        inPassage++;
                    }
                }
                score += tf(inPassage, passage.getLength()) * weight(contentLength, inDocument[i]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }

        private static boolean seenBefore(BytesRef[] terms, int i) {
            for (int j = 0; j < i; j++) {
                if (terms[j].bytesEquals(terms[i])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Each passage a snippet of its own, on one line (values of a field are joined by U+0000), with an ellipsis where it cuts the text. */
    static final class Snippets extends PassageFormatter {

        private final DefaultPassageFormatter marker = new DefaultPassageFormatter("<mark>", "</mark>", "", true);

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> snippets = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                // Words that matched side by side are marked as one: a Chinese quote matches as
                // overlapping pairs of characters, which would each be marked apart.
                String text = oneLine(marker.format(new Passage[] { passage }, content)).strip().replace("</mark><mark>", "");
                boolean cutBefore = passage.getStartOffset() > 0;
                boolean cutAfter = passage.getEndOffset() < content.length();
                snippets.add((cutBefore ? "… " : "") + text + (cutAfter ? " …" : ""));
            }
            return snippets;
        }

        /**
         * Each run of line breaks, tabs, spaces and value separators (U+0000) as one space, as a
         * regular expression of them did, without its matcher: a tenth of a search's highlighting.
         */
        static String oneLine(String text) {
            StringBuilder line = new StringBuilder(text.length());
            boolean space = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r' || c == '\0') {
                    space = true;
                } else {
                    if (space) {
                        line.append(' ');
                        space = false;
                    }
                    line.append(c);
                }
            }
            if (space) {
                line.append(' ');
            }
            return line.toString();
        }
    }
}
