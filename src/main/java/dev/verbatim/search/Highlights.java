package dev.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;

/**
 * Short snippets of a hit's text around what matched, with Lucene's unified highlighter: at most
 * {@value #SNIPPETS} of about {@value #LENGTH} characters, HTML-escaped, each match in
 * {@code <mark></mark>}, in the order they appear.
 */
@ApplicationScoped
class Highlights {

    static final int SNIPPETS = 3;
    static final int LENGTH = 160;
    private volatile ReaderFields fields;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u0000]+");

    List<List<String>> of(IndexSearcher searcher, Query query, String kind, ScoreDoc[] hits) throws IOException {
        List<List<String>> snippets = new ArrayList<>(hits.length);
        if (hits.length == 0) {
            return snippets;
        }
        List<String> fields = new ArrayList<>();
        for (String family : Analyzers.LANGUAGES) {
            if (kind.equals(Fields.PAIR)) {
                fields.add(Fields.text(Fields.QUESTION, family));
                fields.add(Fields.text(Fields.ANSWER, family));
            } else {
                fields.add(Fields.text(Fields.TEXT, family));
            }
        }
        int[] docs = Arrays.stream(hits).mapToInt(hit -> hit.doc).toArray();
        int[] passages = new int[fields.size()];
        Arrays.fill(passages, SNIPPETS);
        SnippetHighlighter highlighter = new SnippetHighlighter(fieldInfos(searcher.getIndexReader()),
                UnifiedHighlighter.builder(searcher, Analyzers.INDEX)
                .withFormatter(new Snippets())
                .withMaxNoHighlightPassages(0)
                .withHighlightPhrasesStrictly(true));
        Map<String, Object[]> found = highlighter.snippets(fields.toArray(String[]::new), query, docs, passages);
        for (int i = 0; i < docs.length; i++) {
            List<String> forHit = new ArrayList<>();
            for (String field : fields) {
                Object value = found.get(field)[i];
                if (value != null) {
                    @SuppressWarnings("unchecked")
                    List<String> list = (List<String>) value;
                    forHit.addAll(list);
                }
            }
            snippets.add(forHit.size() > SNIPPETS ? forHit.subList(0, SNIPPETS) : forHit);
        }
        return snippets;
    }

    /** The fields of the index as its current reader knows them, merged once per refresh rather than per request. */
    private FieldInfos fieldInfos(IndexReader reader) {
        ReaderFields known = fields;
        if (known == null || known.reader() != reader) {
            known = new ReaderFields(reader, FieldInfos.getMergedFieldInfos(reader));
            fields = known;
        }
        return known.infos();
    }

    private record ReaderFields(IndexReader reader, FieldInfos infos) {
    }

    /** The unified highlighter, answering each document's passages as a list rather than one string. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {

        private final FieldInfos infos;

        SnippetHighlighter(FieldInfos infos, Builder builder) {
            super(builder);
            this.infos = infos;
        }

        @Override
        protected FieldInfo getFieldInfo(String field) {
            return infos.fieldInfo(field);
        }

        /**
         * Passages of about {@value #LENGTH} characters, cut between words, or between sentences in
         * Chinese, which has no spaces: far cheaper than the JDK's word rules over a whole statement.
         */
        @Override
        protected BreakIterator getBreakIterator(String field) {
            char between = field.endsWith("_zh") ? '。' : ' ';
            return LengthGoalBreakIterator.createClosestToLength(new CustomSeparatorBreakIterator(between), LENGTH, 0.5f);
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docs, int[] passages) throws IOException {
            return highlightFieldsAsObjects(fields, query, docs, passages);
        }
    }

    /** Each passage a snippet of its own, on one line (values of a field are joined by U+0000), with an ellipsis where it cuts the text. */
    private static final class Snippets extends PassageFormatter {

        private final DefaultPassageFormatter marker = new DefaultPassageFormatter("<mark>", "</mark>", "", true);

        @Override
        public Object format(Passage[] passages, String content) {
            List<String> snippets = new ArrayList<>(passages.length);
            for (Passage passage : passages) {
                String text = SPACES.matcher(marker.format(new Passage[] { passage }, content)).replaceAll(" ").strip();
                boolean cutBefore = passage.getStartOffset() > 0;
                boolean cutAfter = passage.getEndOffset() < content.length();
                snippets.add((cutBefore ? "… " : "") + text + (cutAfter ? " …" : ""));
            }
            return snippets;
        }
    }
}
