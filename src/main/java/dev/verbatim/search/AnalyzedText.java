package dev.verbatim.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.util.AttributeSource;

/**
 * A text analyzed once, whose tokens are then replayed into every field that indexes it: each
 * question and answer is indexed in its statement's document and in its pair's, and smartcn's
 * segmentation or the stemmers are the bulk of indexing. The tokens are the very ones the
 * analyzer gives, so the index is the same as if each field had analyzed the text itself.
 */
final class AnalyzedText {

    private final AttributeSource attributes;
    private final List<TokenStream.State> tokens;
    private final TokenStream.State end;

    private AnalyzedText(AttributeSource attributes, List<TokenStream.State> tokens, TokenStream.State end) {
        this.attributes = attributes;
        this.tokens = tokens;
        this.end = end;
    }

    /** The text as the index's analyzer analyzes it in this field (and in every field of the same language). */
    static AnalyzedText of(String field, String text) {
        try (TokenStream stream = Analyzers.INDEX.tokenStream(field, text)) {
            stream.reset();
            List<TokenStream.State> tokens = new ArrayList<>();
            while (stream.incrementToken()) {
                tokens.add(stream.captureState());
            }
            stream.end();
            TokenStream.State end = stream.captureState();
            // Attributes of its own: the analyzer's stream is reused for the next text.
            return new AnalyzedText(stream.cloneAttributes(), tokens, end);
        } catch (IOException e) {
            throw new UncheckedIOException("Analyzing a text in memory failed", e);
        }
    }

    /** A stream of the tokens, for one field; each field that indexes them takes a new one. */
    TokenStream tokens() {
        return new Replay(attributes.cloneAttributes(), tokens, end);
    }

    private static final class Replay extends TokenStream {

        private final List<State> tokens;
        private final State end;
        private Iterator<State> next;

        private Replay(AttributeSource attributes, List<State> tokens, State end) {
            super(attributes);
            this.tokens = tokens;
            this.end = end;
        }

        @Override
        public void reset() {
            next = tokens.iterator();
        }

        @Override
        public boolean incrementToken() {
            if (!next.hasNext()) {
                return false;
            }
            restoreState(next.next());
            return true;
        }

        @Override
        public void end() {
            restoreState(end);
        }
    }
}
