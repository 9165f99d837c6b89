package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.memory.MemoryIndex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A quote finds the text it was cut from, as people paste it: Chinese cut anywhere, Traditional
 * for Simplified and back, typographic quotes and apostrophes, full-width and half-width forms,
 * odd spaces, punctuation in between. Each text is indexed in memory as the index indexes an
 * answer, and searched with the query {@code /api/v1/qa} makes of {@code q}.
 */
class QuoteAnalysisTest {

    private static final String SIMPLIFIED = "中方坚决反对借疫情搞污名化，我们愿同各方加强疫苗研发合作。发言人表示，"
            + "中美两国应当在相互尊重的基础上管控分歧，推动双边关系重回正轨。";
    private static final String TRADITIONAL = "外交部發言人在例行記者會上說，中國政府一貫支持國際社會團結抗疫，"
            + "願與各國分享經驗，共同維護全球公共衛生安全。";

    /** Whether q, searched in answers, finds this answer of a statement in the language family. */
    private static boolean finds(String family, String answer, String q) {
        MemoryIndex memory = new MemoryIndex(true, true);
        String field = Fields.text(Fields.ANSWER, family);
        memory.addField(field, answer, Analyzers.INDEX);
        if (Fields.chars(field) != null) {
            memory.addField(Fields.chars(field), answer, Analyzers.INDEX);
        }
        return memory.search(SearchQuery.pairs(q, List.of(Fields.ANSWER))) > 0;
    }

    private static String quoted(String piece) {
        return "\"" + piece + "\"";
    }

    /** Every run of 2 to 8 Han characters of the texts, at every offset. */
    static Stream<Arguments> runsOfHanCharacters() {
        List<Arguments> runs = new ArrayList<>();
        for (String text : List.of(SIMPLIFIED, TRADITIONAL)) {
            for (int start = 0; start < text.length(); start++) {
                for (int length = 2; length <= 8 && start + length <= text.length(); length++) {
                    String run = text.substring(start, start + length);
                    if (run.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                        runs.add(Arguments.of(text, run));
                    }
                }
            }
        }
        return runs.stream();
    }

    @ParameterizedTest
    @MethodSource("runsOfHanCharacters")
    void anyRunOfHanCharactersQuotedFindsItsText(String text, String run) {
        assertTrue(finds("zh", text, quoted(run)), run);
    }

    @Test
    void aQuoteOfCharactersThatAreNotTogetherFindsNothing() {
        assertEquals(false, finds("zh", SIMPLIFIED, quoted("疫苗合作")));
        assertEquals(false, finds("zh", SIMPLIFIED, quoted("作合发研")));
        assertEquals(false, finds("zh", TRADITIONAL, quoted("政府中國")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Traditional finds Simplified, and back, quoted or not.
            "zh | 外交部发言人表示，中方愿同各国加强合作。 | 發言人",
            "zh | 外交部发言人表示，中方愿同各国加强合作。 | \"部發言人表\"",
            "zh | 外交部發言人表示，中方願同各國加強合作。 | 发言人",
            "zh | 外交部發言人表示，中方願同各國加強合作。 | \"愿同各国加\"",
            "zh | 外交部發言人表示，中方願同各國加強合作。 | \"願同各国加\"",
            // Full-width and half-width punctuation, ideographic and no-break spaces.
            "zh | 我们主张合作,共赢。 | \"合作，共赢\"",
            "zh | 我们主张合作，共赢。 | \"合作,共赢\"",
            "zh | 我们主张合作　共赢。 | \"合作 共赢\"",
            "zh | 我们主张ＷＴＯ改革。 | \"主张WTO改革\"",
            "zh | 我们主张WTO改革。 | \"主张ｗｔｏ改革\"",
            // A quote that mixes scripts.
            "zh | 二十国集团G20峰会将在杭州举行。 | \"集团G20峰会\"",
            "zh | 中方支持COVAX疫苗实施计划。 | \"持COVAX疫\"",
            // A single character, quoted, is found wherever it stands.
            "zh | 中方坚决反对借疫情搞污名化。 | \"决\"",
            "zh | 中方坚决反对借疫情搞污名化。 | “化”",
            // Typographic quotes delimit a phrase; typographic apostrophes match plain ones and back.
            "en | China's position is clear: we won't accept it. | “China’s position”",
            "en | China’s position is clear: we won’t accept it. | \"China's position\"",
            "en | China’s position is clear: we won’t accept it. | \"we won't accept\"",
            "en | China's position is clear: we won't accept it. | « won’t accept »",
            "en | The ＱＵＡＤ met again. | \"the QUAD met\"",
            "en | The QUAD met again. | \"ｔｈｅ ｑｕａｄ ｍｅｔ\"",
            "en | The meeting\u00A0ended at noon. | \"meeting ended\"",
            "en | The meeting ended at noon. | \"meeting\u00A0ended\"",
            "en | The meeting ended at noon. | \"meeting\u3000ended\"",
            // A quote that straddles punctuation matches its words in order.
            "en | We welcome the world. Hong Kong will remain open. | \"world. Hong Kong will\"",
            "en | We welcome the world. Hong Kong will remain open. | \"world Hong Kong will\"",
            "en | We welcome the world. Hong Kong will remain open. | \"world, Hong Kong will\"",
            "en | We welcome the world—Hong Kong will remain open. | “world. Hong Kong will”",
            "fr | Nous saluons l'ambassade aujourd'hui. | « l’ambassade aujourd’hui »",
            "fr | Nous saluons l’ambassade aujourd’hui. | \"l'ambassade aujourd'hui\"",
            "fr | Nous saluons l’ambassade aujourd’hui. | “ambassade aujourd'hui”",
            "fr | Est-ce une priorité\u00A0? Oui\u202F! | \"priorité ? Oui !\"",
            "fr | Est-ce une priorité ? Oui ! | « priorité\u00A0? Oui »",
            "fr | Le ﬁnancement de l’Œuvre. | \"financement de l'oeuvre\"",
            "fr | Ｌａ ＣＯＰ２１ à Paris. | \"la cop21 a paris\"",
            "any | Die Sprecherin sagte: „Wir verurteilen das.“ | “Sprecherin sagte wir”",
            "any | 外務省の報道官は記者会見で述べた。 | \"報道官は記者\"",
            "any | 외교부 대변인은 정례 브리핑에서 말했다. | \"대변인은 정례\"",
            "any | 외교부 대변인은 정례 브리핑에서 말했다. | \"변인은 정례 브리\"" })
    void aQuoteAsPeoplePasteItFindsItsText(String family, String text, String q) {
        assertTrue(finds(family, text, q), q);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en | We welcome the world. Hong Kong will remain open. | \"Hong world Kong will\"",
            "en | China's position is clear. | “China’s clear”",
            "fr | Nous saluons l'ambassade aujourd'hui. | « aujourd’hui l’ambassade »",
            "zh | 我们主张合作，共赢。 | \"合作，主张\"",
            "any | 외교부 대변인은 정례 브리핑에서 말했다. | \"정례 대변인은\"" })
    void aQuoteOfWordsInAnotherOrderFindsNothing(String family, String text, String q) {
        assertEquals(false, finds(family, text, q), q);
    }

    @Test
    void aRandomPieceOfARandomChineseTextQuotedFindsIt() {
        Random random = new Random(21);
        String text = SIMPLIFIED + TRADITIONAL;
        for (int draw = 0; draw < 500; draw++) {
            int length = 2 + random.nextInt(7);
            int start = random.nextInt(text.length() - length);
            String piece = text.substring(start, start + length);
            // A piece that straddles punctuation holds at least a pair of characters on each side.
            if (piece.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                assertTrue(finds("zh", text, quoted(piece)), piece);
            }
        }
    }

    /**
     * Smartcn segments the Simplified text and the character pairs are of Simplified characters,
     * each token's offsets still in the original text (勣 becomes a character outside the BMP, two
     * chars long), so that the highlights mark what was written.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "answer_zh | 外交部發言人 | 外交部[0-3] 发言人[3-6]",
            "answer_cjk | 發言人 | 发[0-1] 发言[0-2] 言[1-2] 言人[1-3] 人[2-3]",
            "answer_cjk | 勣發 | 𪟝[0-1] 𪟝发[0-2] 发[1-2]",
            "answer_zh | ＷＴＯ　改革 | wto[0-3] 改革[4-6]",
            "answer_cjk | ＷＴＯ　改革 | wto[0-3] 改[4-5] 改革[4-6] 革[5-6]",
            "answer_en | China’s\u00A0ＱＵＡＤ | china[0-7] quad[8-12]",
            "answer_fr | L’Œuvre ﬁnale | oeuvr[0-7] final[8-13]" })
    void textIsReadNormalizedAndSimplifiedWithOffsetsIntoWhatWasWritten(String field, String text, String tokens) throws IOException {
        List<String> read = new ArrayList<>();
        try (TokenStream stream = Analyzers.INDEX.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                read.add(term + "[" + offset.startOffset() + "-" + offset.endOffset() + "]");
            }
            stream.end();
        }
        assertEquals(tokens, String.join(" ", read));
    }
}
