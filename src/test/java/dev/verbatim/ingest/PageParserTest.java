package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.statement.QaContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Page layouts beyond the corpus: each case of the import issue, with every field checked. */
class PageParserTest {

    static String seed() throws IOException {
        try (InputStream in = PageParserTest.class.getResourceAsStream("/sample/pages/seed-fr-embassy-cyberattacks.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void windowsLineEndingsChangeNothing() throws IOException {
        ParsedPage unix = PageParser.parse(seed());
        ParsedPage windows = PageParser.parse(seed().replace("\n", "\r\n"));
        ParsedPage oldMac = PageParser.parse("\uFEFF" + seed().replace("\n", "\r"));
        assertEquals(unix, windows);
        assertEquals(unix, oldMac);
        assertEquals(1, unix.qa().size());
        assertEquals(3, unix.qa().get(0).answer().split("\n\n").length);
    }

    @ParameterizedTest(name = "markers {0}")
    @ValueSource(strings = { "Q : |R : ", "Question : |Réponse : ", "Q:|A:", "Question:|Answer:", "问：|答：", "Q：|A：",
            "Q\u00a0:\u00a0|R\u2002:\u2002", "Q\u3000：|R\u3000：", "Q|R" })
    void everyMarkerStyleOpensPairs(String markers) {
        String[] qa = markers.split("\\|");
        String q = qa[0].equals("Q") ? "Q:" : qa[0];
        String r = qa[1].equals("R") ? "R:" : qa[1];
        String page = "Titre de la conférence\n2022-07-18\n\n" + q + "Première question ?\n\n" + r + "Première réponse.\n\n"
                + "Suite de la réponse.\n\n" + q + "Seconde question ?\n\n" + r + "Seconde réponse.\n";
        ParsedPage parsed = PageParser.parse(page);
        assertEquals(List.of(new QaContent("Première question ?", "Première réponse.\n\nSuite de la réponse.", null, null),
                new QaContent("Seconde question ?", "Seconde réponse.", null, null)), parsed.qa());
        assertEquals("", parsed.text());
    }

    @Test
    void numberedQuestionsAndFollowUpsArePairsInOrder() {
        ParsedPage parsed = PageParser.parse("""
                Press briefing
                July 18, 2022

                1. Q: First?
                A: One.
                Question 2: Second?
                Answer: Two.
                Follow-up: And then?
                A: Three.
                """);
        assertEquals(List.of("First?", "Second?", "And then?"), parsed.qa().stream().map(QaContent::question).toList());
        assertEquals(List.of("One.", "Two.", "Three."), parsed.qa().stream().map(QaContent::answer).toList());
    }

    @Test
    void aReportersOutletIsKeptApartFromTheQuestion() {
        ParsedPage parsed = PageParser.parse("""
                Foreign Ministry Spokesperson Wang Wenbin's Regular Press Conference on May 6, 2021

                Q: (AFP) Will the minister travel?
                A: I have nothing to release.
                Reuters: A second question?
                Wang Wenbin: A second answer.
                法新社记者：第三个问题？
                答：第三个回答。
                """);
        assertEquals(List.of("AFP", "Reuters", "法新社记者"), parsed.qa().stream().map(QaContent::askedBy).toList());
        assertEquals(List.of("Will the minister travel?", "A second question?", "第三个问题？"),
                parsed.qa().stream().map(QaContent::question).toList());
        assertEquals("Wang Wenbin", parsed.qa().get(1).answeredBy());
        assertEquals("2021-05-06", parsed.date().date().toString());
    }

    @Test
    void aSpeakerLabelUsedThroughoutIsTakenForTheAnswersEvenWhenTheTitleNamesNobody() {
        ParsedPage parsed = PageParser.parse("""
                Regular Press Conference on April 20, 2020

                CCTV: First question?
                Geng Shuang: First answer.
                CNN: Second question?
                Geng Shuang: Second answer.

                It runs over two paragraphs.
                """);
        assertEquals(2, parsed.qa().size());
        assertEquals("Second answer.\n\nIt runs over two paragraphs.", parsed.qa().get(1).answer());
        assertEquals("CNN", parsed.qa().get(1).askedBy());
        assertEquals("Geng Shuang", parsed.qa().get(1).answeredBy());
    }

    @Test
    void aChineseTranscriptKeepsItsOpeningAnnouncementsOutsideThePairs() {
        ParsedPage parsed = PageParser.parse("""
                首页 > 外交动态 > 发言人表态
                2018年6月13日外交部发言人耿爽主持例行记者会
                来源：\u00a0\u00a0 2018-06-13
                [字体：大 中 小]\u00a0\u00a0 打印本页

                \u3000\u3000一、应国务院总理李克强邀请，尼泊尔总理将对中国进行正式访问。

                \u3000\u3000中尼是世代友好的全面合作伙伴。

                \u3000\u3000问：中方对此访有何期待？

                \u3000\u3000答：此访是近期一次重要高层交往。

                \u3000\u3000追问：还有什么？（众笑）

                \u3000\u3000答：我刚才说得很清楚了。

                \u3000\u3000会后有记者问及：马尔代夫前总统的说法？

                \u3000\u3000耿爽：这些说法完全是无稽之谈。

                【关闭窗口】
                推荐给朋友 确定
                """);
        assertEquals("发言人表态", parsed.category());
        assertEquals("2018年6月13日外交部发言人耿爽主持例行记者会", parsed.title());
        assertEquals("2018-06-13", parsed.date().date().toString());
        assertEquals("zh", parsed.language());
        assertEquals(new ParsedPage.Speaker("外交部", "耿爽", "发言人"), parsed.speaker());
        assertEquals(List.of("一、应国务院总理李克强邀请，尼泊尔总理将对中国进行正式访问。", "中尼是世代友好的全面合作伙伴。"), parsed.paragraphs());
        assertEquals(3, parsed.qa().size());
        assertEquals("还有什么？（众笑）", parsed.qa().get(1).question());
        assertEquals("这些说法完全是无稽之谈。", parsed.qa().get(2).answer());
        assertEquals("耿爽", parsed.qa().get(2).answeredBy());
    }

    @Test
    void aDeclarationWithoutQuestionsIsAllText() {
        ParsedPage parsed = PageParser.parse("""
                Accueil > Communiqués
                Déclaration du porte-parole du Ministère des Affaires étrangères (3 mars 2021)

                Le ministère a pris note de la décision.

                Note : la décision sera examinée avec les partenaires.

                Imprimer
                Partager
                © 2021 Ministère des Affaires étrangères. Tous droits réservés.
                """);
        assertEquals("Communiqués", parsed.category());
        assertEquals("2021-03-03", parsed.date().date().toString());
        assertNull(parsed.date().time());
        assertEquals("fr", parsed.language());
        assertTrue(parsed.qa().isEmpty());
        assertEquals("Le ministère a pris note de la décision.\n\nNote : la décision sera examinée avec les partenaires.", parsed.text());
    }

    @Test
    void aDateGluedToASourceLabelDatesThePage() {
        ParsedPage parsed = PageParser.parse("""
                Remarks by the Spokesperson of the Embassy of X on the Recent Situation
                Source: Embassy of X 2023-08-26 07:50:32

                Q: What is your comment?
                A: We have noted it.
                Print
                Send to a friend
                """);
        assertEquals("2023-08-26T07:50:32", parsed.date().date().atTime(parsed.date().time()).toString());
        assertEquals("Embassy of X", parsed.speaker().issuer());
        assertEquals("We have noted it.", parsed.qa().get(0).answer());
    }

    @Test
    void aDateLineAtTheEndDatesADeclaration() {
        ParsedPage parsed = PageParser.parse("""
                Déclaration sur la coopération

                La coopération se poursuivra.

                Bruxelles, le 18 juillet 2022
                """);
        assertEquals("2022-07-18", parsed.date().date().toString());
        assertEquals("La coopération se poursuivra.", parsed.text());
    }

    @Test
    void relativeWordsNeverDateAPage() {
        ParsedPage parsed = PageParser.parse("""
                外交部发言人耿爽就香港修例问题发表谈话

                \u3000\u3000我们注意到香港特区行政长官今天宣布暂缓修订工作。
                """);
        assertNull(parsed.date());
        assertEquals("外交部发言人耿爽就香港修例问题发表谈话", parsed.title());
    }

    @Test
    void aSentenceThatMentionsRightsIsNotMistakenForACopyrightNotice() {
        ParsedPage parsed = PageParser.parse("""
                Statement on publishing
                2022-07-18

                Q: Is the film free to show?
                A: The studio says all rights reserved by © holders must be respected, and we agree.
                """);
        assertEquals("The studio says all rights reserved by © holders must be respected, and we agree.", parsed.qa().get(0).answer());
    }

    @Test
    void aPageThatStartsWithAQuestionHasNoTitle() {
        ParsedPage parsed = PageParser.parse("Q: Is there a title?\nA: No.\n");
        assertNull(parsed.title());
        assertEquals(1, parsed.qa().size());
    }

    @Test
    void furnitureNeverLeaksIntoAnAnswer() throws IOException {
        ParsedPage parsed = PageParser.parse(seed() + "\n\n【关闭窗口】\nPrint\nSend to a friend\nCopyright © 2022 Embassy\n");
        String answer = parsed.qa().get(0).answer();
        for (String furniture : List.of("Imprimer", "Envoyer", "关闭窗口", "Print", "Send to", "Copyright")) {
            assertFalse(answer.contains(furniture), furniture);
        }
        assertTrue(answer.endsWith("un cyberespace pacifique, sûr, ouvert et coopératif."));
    }

    @Test
    void aNoticeThatOnlyEndsLikeOneIsDroppedToo() {
        ParsedPage parsed = PageParser.parse("""
                Statement on publishing
                2022-07-18

                Q: Is the film free to show?
                A: It is.

                Ministry of Foreign Affairs of the Republic. ALL RIGHTS RESERVED. »
                中华人民共和国外交部 版权所有
                Ministère des Affaires étrangères — Tous droits réservés
                """);
        assertEquals("It is.", parsed.qa().get(0).answer());
    }

    @Test
    void aTitleThatOpensWithItsDateIsStillTheTitle() {
        ParsedPage parsed = PageParser.parse("""
                2019年11月26日外交部发言人耿爽答记者问

                问：中方有何评论？
                答：我们已多次表明立场。
                """);
        assertEquals("2019年11月26日外交部发言人耿爽答记者问", parsed.title());
        assertEquals("2019-11-26", parsed.date().date().toString());
        assertEquals(1, parsed.qa().size());
    }

    @Test
    void aDateLineThatDisagreesWithTheTitleIsKeptAndWarnedOf() {
        ParsedPage parsed = PageParser.parse("""
                2019年12月30日外交部发言人耿爽主持例行记者会
                2019-12-31

                问：中方有何评论？
                答：老挝总理将于2020年1月5日访华。
                """);
        assertEquals("2019-12-31", parsed.date().date().toString());
        assertEquals("dates-disagree", parsed.diagnostics().warnings().get(0).code());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "中文", "English | Français | Español", "中文 / EN", "分享到：", "链接已复制", "复制链接", "Link copied",
            "[字体：大 中 小] 打印本页", "A+ A-", "中华人民共和国驻法兰西共和国大使馆\n首页 > 使馆新闻", "首页 > 使馆新闻\n中文 | English" })
    void furnitureAboveTheTitleNeverHidesTitleDateOrBody(String furniture) {
        ParsedPage parsed = PageParser.parse(furniture + "\n中文\n分享到：\n"
                + "中国驻法国使馆发言人就法方涉华言论答记者问\n链接已复制\n2024-07-07 14:31\n\n问：法方有人发表涉华言论，使馆有何评论？\n答：我们坚决反对。\n");
        assertEquals("中国驻法国使馆发言人就法方涉华言论答记者问", parsed.title());
        assertEquals("2024-07-07T14:31", parsed.date().date().atTime(parsed.date().time()).toString());
        assertEquals(1, parsed.qa().size());
        assertEquals("我们坚决反对。", parsed.qa().get(0).answer());
        assertEquals("", parsed.text());
    }

    @Test
    void aSiteNameAboveTheTitleGivesWayToTheLineAboveTheDate() {
        ParsedPage parsed = PageParser.parse("""
                Embassy of the People's Republic of China in the United Kingdom
                Remarks of the Embassy Spokesperson on the Recent Remarks of a Minister
                2024-07-07 14:31

                Q: What is your comment?
                A: We firmly oppose them.
                """);
        assertEquals("Remarks of the Embassy Spokesperson on the Recent Remarks of a Minister", parsed.title());
        assertEquals(1, parsed.diagnostics().furnitureLines());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "来源：中国网", "来源:中国网 2019-08-13", "來源：中國網", "Source: Xinhua", "作者：某某\n责任编辑：某某" })
    void aRepublishedPageKeepsTheIssuerItsTitleNames(String source) {
        ParsedPage parsed = PageParser.parse(source + "\n外交部发言人华春莹就美方涉港言论答记者问\n2019-08-13\n\n问：中方有何评论？\n答：我们坚决反对。\n");
        assertEquals("外交部发言人华春莹就美方涉港言论答记者问", parsed.title());
        assertEquals("外交部", parsed.speaker().issuer());
        assertEquals("2019-08-13", parsed.date().date().toString());
    }
}
