package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.statement.QaContent;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How transcripts split into pairs where the page labels its speakers, forgets a marker, or talks back. */
class PairSplitterTest {

    private static ParsedPage parse(String text) {
        return PageParser.parse(text);
    }

    private static List<String> questions(ParsedPage page) {
        return page.qa().stream().map(QaContent::question).toList();
    }

    private static List<String> answers(ParsedPage page) {
        return page.qa().stream().map(QaContent::answer).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "《北京青年报》记者：第一个问题？   | 《北京青年报》记者",
            "英国《金融时报》记者：第一个问题？ | 英国《金融时报》记者",
            "CNN记者：第一个问题？             | CNN记者",
            "美国有线电视新闻网（CNN）记者：第一个问题？ | 美国有线电视新闻网（CNN）记者",
            "路透社记者：第一个问题？          | 路透社记者",
    })
    void aChineseOutletLabelOpensAQuestionAskedByIt(String line, String outlet) {
        ParsedPage page = parse("2020年5月18日外交部发言人赵立坚主持例行记者会\n\n" + line + "\n赵立坚：第一个回答。\n");
        assertEquals(List.of("第一个问题？"), questions(page));
        assertEquals(outlet, page.qa().get(0).askedBy());
        assertEquals("赵立坚", page.qa().get(0).answeredBy());
    }

    @Test
    void anOutletLabelAloneOnItsLineAsksWhatTheNextLinesSay() {
        ParsedPage page = parse("2020年5月18日外交部发言人赵立坚主持例行记者会\n\n《澳大利亚人报》记者：\n世卫组织成员国支持审查，中方是否支持？\n"
                + "赵立坚：你说的不准确。\n");
        assertEquals(List.of("世卫组织成员国支持审查，中方是否支持？"), questions(page));
        assertEquals("《澳大利亚人报》记者", page.qa().get(0).askedBy());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "记者解释：有媒体这么报道。",
            "记者追问：还有别的吗？",
            "会后有俄罗斯记者问及：中方有何评论？",
            "Question raised after the press conference: Will the minister travel?",
            "Questions asked after the press conference: Will the minister travel?",
    })
    void aLabelThatNamesTheReporterOrAQuestionOpensAQuestion(String line) {
        ParsedPage page = parse("Regular Press Conference on May 6, 2021\n\nQ: First?\nA: One.\n" + line + "\nA: Two.\n");
        assertEquals(2, page.qa().size());
        assertEquals("Two.", page.qa().get(1).answer());
    }

    @Test
    void aReportersReplyWithinAnAnswerStaysInThatExchange() {
        ParsedPage page = parse("""
                2019年6月21日外交部发言人陆慷主持例行记者会

                问：美加领导人举行了会晤，中方有何评论？
                答：我看到了有关报道。你还提到了两个加拿大公民的案件，是吗？
                记者：是的。
                中方已就此多次介绍过有关情况。
                问：第二个问题？
                答：第二个回答。
                """);
        assertEquals(2, page.qa().size());
        assertEquals("我看到了有关报道。你还提到了两个加拿大公民的案件，是吗？\n\n记者：是的。\n\n中方已就此多次介绍过有关情况。", page.qa().get(0).answer());
    }

    @Test
    void anAnswerRightAfterAnAnswerOpensAPairWhoseQuestionIsTheParagraphBefore() {
        ParsedPage page = parse("""
                Foreign Ministry Spokesperson Lu Kang's Regular Press Conference on April 17, 2019

                Q: First?
                A: One.
                It runs over two paragraphs.
                The following question was raised after the press conference: will the US sell arms to Taiwan?
                A: We oppose it.
                """);
        assertEquals(List.of("First?", "The following question was raised after the press conference: will the US sell arms to Taiwan?"),
                questions(page));
        assertEquals(List.of("One.\n\nIt runs over two paragraphs.", "We oppose it."), answers(page));
    }

    @Test
    void anAnswerWithoutMarkerStartsAfterTheQuestionsFirstParagraphThatAsks() {
        ParsedPage page = parse("""
                2019年3月28日外交部发言人耿爽主持例行记者会

                问：美方散发了决议草案，中方有何评论？
                答：中方此前没有否决过类似的东西。
                追问：你是说中方从来没有阻止过吗？
                那是在1267委员会，这是两个不同层面的事情。难道这也要解释吗？
                问：第三个问题？
                答：第三个回答。
                """);
        assertEquals(List.of("美方散发了决议草案，中方有何评论？", "你是说中方从来没有阻止过吗？", "第三个问题？"), questions(page));
        assertEquals("那是在1267委员会，这是两个不同层面的事情。难道这也要解释吗？", page.qa().get(1).answer());
        assertTrue(page.diagnostics().warnings().stream().anyMatch(w -> w.code().equals("answer-without-marker")));
    }

    @Test
    void aSeparatorEndsTheExchangeAndAClosingRemarkStaysOutsideThePairs() {
        ParsedPage page = parse("""
                Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on June 1, 2020

                Macau Monthly: Will President Xi attend the parade?
                Zhao Lijian: This year marks the 75th anniversary.
                **********************************************
                Zhao Lijian: Today is International Children's Day.
                """);
        assertEquals(1, page.qa().size());
        assertEquals("This year marks the 75th anniversary.", page.qa().get(0).answer());
        assertEquals("Zhao Lijian: Today is International Children's Day.", page.text());
    }

    @Test
    void afterASeparatorTheLinesThatIntroduceAnAnswerStandForItsQuestion() {
        ParsedPage page = parse("""
                Foreign Ministry Spokesperson Zhao Lijian's Regular Press Conference on April 7, 2020

                Q: First?
                A: One.
                ---
                After the press conference, Zhao made further response to the question raised by South China Morning Post.
                Zhao Lijian: China is a major victim of cyber attacks.
                """);
        assertEquals(2, page.qa().size());
        assertEquals("After the press conference, Zhao made further response to the question raised by South China Morning Post.",
                page.qa().get(1).question());
        assertEquals("Zhao Lijian", page.qa().get(1).answeredBy());
    }

    @Test
    void anAsideInBracketsIsNoMarker() {
        ParsedPage page = parse("""
                2017年6月21日外交部发言人耿爽主持例行记者会

                问：你从哪儿得到的消息？
                答：关于第三个问题，你从哪儿得到的消息？
                （记者：日本媒体。目前有没有相关计划？）
                （对提问的彭博社记者）我注意到你在点头。
                目前我没有相关消息。
                """);
        assertEquals(1, page.qa().size());
        assertTrue(page.qa().get(0).answer().endsWith("目前我没有相关消息。"));
    }

    @Test
    void aSentenceThatMentionsAQuestionBeforeAColonOpensNoPair() {
        ParsedPage page = parse("""
                2020年6月8日外交部发言人华春莹主持例行记者会

                深圳卫视记者：美国在世界各地建立了生物实验室，你有何评论？
                华春莹：我们也注意到有关报道。
                我注意到网上很多人都在问：为什么美国要建那么多实验室？
                关于第二个问题：我们已经说过了。
                """);
        assertEquals(1, page.qa().size());
        assertEquals("我们也注意到有关报道。\n\n我注意到网上很多人都在问：为什么美国要建那么多实验室？\n\n关于第二个问题：我们已经说过了。",
                page.qa().get(0).answer());
    }

    @Test
    void aPairWithoutAnswerIsWarnedOf() {
        ParsedPage page = parse("Briefing on May 6, 2021\n\nQ: Is there an answer?\nQ: A second question?\nA: Yes.\n");
        assertEquals("", page.qa().get(0).answer());
        assertEquals("empty-answer", page.diagnostics().warnings().get(0).code());
        assertEquals(3, page.diagnostics().warnings().get(0).line());
        assertNull(page.qa().get(0).askedBy());
    }
}
