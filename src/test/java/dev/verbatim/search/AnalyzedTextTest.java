package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A text analyzed once gives every field that replays it the tokens the analyzer itself gives. */
class AnalyzedTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fr | Le porte-parole a condamné les cyberattaques d'hier contre l'ambassade.",
            "en | The Spokesperson's remarks on cyberattacks: \"no comment\" — again.",
            "zh | 中方坚决反对一切形式的网络攻击。我们敦促美方停止抹黑。",
            "any | Die Sprecherin sagte, dass die Angriffe verurteilt werden." })
    void replaysTheAnalyzersTokensAsOftenAsAsked(String family, String text) throws IOException {
        String field = Fields.text(Fields.TEXT, family);
        List<String> direct = tokens(Analyzers.INDEX.tokenStream(field, text));
        AnalyzedText analyzed = AnalyzedText.of(field, text);
        // Analyzing another text in the meantime reuses the analyzer's stream: the replay keeps its own.
        AnalyzedText.of(field, "something else entirely");

        assertEquals(direct, tokens(analyzed.tokens()));
        assertEquals(direct, tokens(analyzed.tokens()));
    }

    /** Each token as term@position[start-end], then the end offset. */
    private static List<String> tokens(TokenStream stream) throws IOException {
        List<String> tokens = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(term + "@" + position + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
            }
            stream.end();
            tokens.add("end " + offset.endOffset());
        }
        return tokens;
    }
}
