package dev.verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * A text analyzed once, whose tokens are then replayed into every field that indexes it: each
 * question and answer is indexed in its statement's document and in its pair's, and smartcn's
 * segmentation or the stemmers are the bulk of indexing. What indexing reads of a token is kept
 * (its term, position increment and offsets, and the stream's final offset and increment), packed
 * in a few arrays: a batch of statements holds its tokens until its transaction commits, and one
 * object per token would keep the collector busy copying them.
 */
final class AnalyzedText {

    private char[] terms = new char[256];
    /** Where each term ends in {@link #terms}; it starts where the one before ends. */
    private int[] ends = new int[32];
    private int[] increments = new int[32];
    private int[] starts = new int[32];
    private int[] stops = new int[32];
    private int count;
    private int endOffset;
    private int endIncrement;

    private AnalyzedText() {
    }

    /** The text as the index's analyzer analyzes it in this field (and in every field of the same language). */
    static AnalyzedText of(String field, String text) {
        AnalyzedText analyzed = new AnalyzedText();
        try (TokenStream stream = Analyzers.INDEX.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                analyzed.add(term, increment.getPositionIncrement(), offset.startOffset(), offset.endOffset());
            }
            stream.end();
            analyzed.endOffset = offset.endOffset();
            analyzed.endIncrement = increment.getPositionIncrement();
        } catch (IOException e) {
            throw new UncheckedIOException("Analyzing a text in memory failed", e);
        }
        return analyzed;
    }

    private void add(CharTermAttribute term, int increment, int start, int stop) {
        int from = count == 0 ? 0 : ends[count - 1];
        terms = ArrayUtil.grow(terms, from + term.length());
        System.arraycopy(term.buffer(), 0, terms, from, term.length());
        ends = ArrayUtil.grow(ends, count + 1);
        increments = ArrayUtil.grow(increments, count + 1);
        starts = ArrayUtil.grow(starts, count + 1);
        stops = ArrayUtil.grow(stops, count + 1);
        ends[count] = from + term.length();
        increments[count] = increment;
        starts[count] = start;
        stops[count] = stop;
        count++;
    }

    /** A stream of the tokens, for one field; each field that indexes them takes a new one. */
    TokenStream tokens() {
        return new Replay();
    }

    private final class Replay extends TokenStream {

        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
        private int next;

        @Override
        public void reset() {
            next = 0;
        }

        @Override
        public boolean incrementToken() {
            if (next == count) {
                return false;
            }
            clearAttributes();
            int from = next == 0 ? 0 : ends[next - 1];
            term.copyBuffer(terms, from, ends[next] - from);
            increment.setPositionIncrement(increments[next]);
            offset.setOffset(starts[next], stops[next]);
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            increment.setPositionIncrement(endIncrement);
            offset.setOffset(endOffset, endOffset);
        }
    }
}
