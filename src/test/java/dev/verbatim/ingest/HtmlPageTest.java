package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Whole HTML pages: the statement is found among the site's navigation, menus and footers. */
class HtmlPageTest {

    static final String PAGE = """
            <!DOCTYPE html>
            <html lang="fr"><head><meta charset="utf-8">
            <title>Déclaration du porte-parole de l'Ambassade - Ambassade de Chine en Belgique</title>
            <meta name="PubDate" content="2022-07-18 23:14">
            <script>var tracking = "Q : not a question";</script>
            </head><body>
            <header class="site-header"><a href="/">Accueil</a> <nav class="menu"><a href="/a">Actualités</a><a href="/b">Visas</a></nav></header>
            <div class="breadcrumb"><a href="/">Page d'accueil</a> &gt; <a href="/decl">Déclarations et Opinions</a></div>
            <div class="main">
              <div class="sidebar"><ul><li>Lien 1</li><li>Lien 2</li></ul></div>
              <div class="article">
                <h1>Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet des cyberattaques</h1>
                <p>Q&nbsp;: Quel est votre commentaire&nbsp;?</p>
                <p>R\u2002: Nous avons pris note de la déclaration.</p>
                <p>Sur la question de la <b>cybersécurité</b>, la Chine est   carrée, franche et ouverte.</p>
                <p>La cybersécurité est un problème mondial.</p>
                <div class="share">Partager : <a>Facebook</a> <a>Twitter</a></div>
                <p>[ Envoyer ce lien à un ami ] [ Imprimer ]</p>
              </div>
            </div>
            <footer><p>© 2022 Ambassade de la République populaire de Chine en Belgique</p></footer>
            </body></html>
            """;

    @Test
    void theStatementIsReadFromTheMainContentAlone() {
        ParsedPage parsed = PageParser.parse(HtmlPage.toText(PAGE.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Déclarations et Opinions", parsed.category());
        assertEquals("Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet des cyberattaques", parsed.title());
        assertEquals("2022-07-18T23:14", parsed.date().date().atTime(parsed.date().time()).toString());
        assertEquals("fr", parsed.language());
        assertEquals("Ambassade de Chine en Belgique", parsed.speaker().issuer());
        assertEquals("", parsed.text());
        assertEquals(1, parsed.qa().size());
        assertEquals("Quel est votre commentaire\u00a0?", parsed.qa().get(0).question());
        assertEquals("Nous avons pris note de la déclaration.\n\nSur la question de la cybersécurité, la Chine est carrée, franche et ouverte."
                + "\n\nLa cybersécurité est un problème mondial.", parsed.qa().get(0).answer());
        for (String furniture : List.of("Lien", "Facebook", "Partager", "Imprimer", "©", "Visas", "tracking")) {
            assertFalse(parsed.qa().get(0).answer().contains(furniture), furniture);
        }
    }

    @Test
    void theCharsetOfThePageIsHonoured() {
        byte[] latin1 = PAGE.replace("charset=\"utf-8\"", "charset=\"iso-8859-1\"").replace("\u2002", " ")
                .getBytes(StandardCharsets.ISO_8859_1);
        ParsedPage parsed = PageParser.parse(HtmlPage.toText(latin1));
        assertEquals("Déclarations et Opinions", parsed.category());
    }

    /** A layout of many ministries' sites: the title and the date sit above the content block, among scripts and hidden spans. */
    static final String HEADED = """
            <html><head><meta charset="utf-8"><title>外交部发言人就某问题答记者问 — 某国外交部</title></head><body>
            <div class="lan"><a href="/en">English</a> <a href="/fr">Français</a></div>
            <div class="crumbs-less"><a href="/">首页</a>&nbsp;&gt;&nbsp;<a href="/news">外交动态</a>&nbsp;&gt;&nbsp;<a href="/s">发言人表态</a></div>
            <div class="vibox">
              <div class="title">外交部发言人就某问题<br>答记者问</div>
              <div class="time"><span>来源：<span style="display:none">（供稿）</span><script>var hidden = 1;</script>&nbsp;</span>
                <span id="Body_Time">2019-08-13</span></div>
              <div class="info">[字体：<a>大</a> <a>中</a> <a>小</a>] <a>打印本页</a></div>
              <div class="content">
                <p>\u3000\u3000问：有报道称，某国议员发表了言论。中方有何评论？</p>
                <p>\u3000\u3000答：我们坚决反对。这是一段足够长的回答，让正文比页头长得多，像真正的答记者问一样，有几句话。</p>
                <p>\u3000\u3000我们敦促有关方面停止干涉。</p>
              </div>
              <div id="related" style="display:none"><ul><li><a>外交部发言人就另一问题答记者问</a>(2019-08-09)</li></ul></div>
            </div></body></html>
            """;

    @Test
    void aDateBetweenTheTitleAndTheContentDatesThePageWhateverScriptsAndHiddenSpansSurroundIt() {
        PageSource source = HtmlPage.render(HEADED.getBytes(StandardCharsets.UTF_8));
        ParsedPage parsed = PageParser.parse(source);
        assertEquals("外交部发言人就某问题答记者问", parsed.title());
        assertEquals("发言人表态", parsed.category());
        assertEquals("2019-08-13", parsed.date().date().toString());
        assertEquals("span#Body_Time", parsed.diagnostics().date().element());
        assertEquals("div.title", parsed.diagnostics().title().element());
        assertEquals(1, parsed.qa().size());
        assertEquals("我们坚决反对。这是一段足够长的回答，让正文比页头长得多，像真正的答记者问一样，有几句话。\n\n我们敦促有关方面停止干涉。",
                parsed.qa().get(0).answer());
        assertFalse(source.text().contains("供稿"), source.text());
    }

    @Test
    void aTitleGivingDayAndMonthTakesTheYearOfTheOtherDatesOnThePage() {
        String page = """
                <html><head><title>Spokesperson's Regular Press Conference on September 10</title></head><body>
                <h2 class="title">Spokesperson's Regular Press Conference on September 10</h2>
                <div class="content"><p>Q: Is there a question on this page, long enough to be its content?</p>
                <p>A: There is an answer too, and it runs long enough for this block to be taken for the statement.</p></div>
                <div class="rebox"><ul><li><a>Regular Press Conference on September 7, 2018</a></li>
                <li><a>Regular Press Conference on January 4, 2019</a></li></ul></div>
                </body></html>
                """;
        ParsedPage parsed = PageParser.parse(HtmlPage.render(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("2018-09-10", parsed.date().date().toString());
        assertEquals("year-inferred", parsed.diagnostics().warnings().get(0).code());
    }

    @Test
    void aTitleGivingDayAndMonthOnAPageWithoutOtherDatesIsUndated() {
        String page = "<html><body><h1>Regular Press Conference on September 28</h1><p>Q: Why?</p><p>A: Because.</p></body></html>";
        assertNull(PageParser.parse(HtmlPage.render(page.getBytes(StandardCharsets.UTF_8))).date());
    }

    @Test
    void furnitureInsideTheArticleAboveItsTitleNeverHidesTheDate() {
        String page = """
                <html><head><meta charset="utf-8"><title>Ambassade de Chine en France</title></head><body><article>
                <div class="lang"><a>中文</a> | <a>English</a></div>
                <div class="tools"><span>分享到：</span><a>微信</a><a>微博</a><span>链接已复制</span></div>
                <h1>Déclaration du porte-parole de l'Ambassade de Chine en France sur les propos d'un député</h1>
                <p>来源：中国网 2024-07-07 14:31</p>
                <p>Q : Quel est votre commentaire sur les propos tenus hier par un député au sujet de la Chine ?</p>
                <p>R : Nous les rejetons fermement, et nous l'avons fait savoir à la partie française sans attendre.</p>
                </article></body></html>
                """;
        ParsedPage parsed = PageParser.parse(HtmlPage.render(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("Déclaration du porte-parole de l'Ambassade de Chine en France sur les propos d'un député", parsed.title());
        assertEquals("2024-07-07T14:31", parsed.date().date().atTime(parsed.date().time()).toString());
        assertEquals("Ambassade de Chine en France", parsed.speaker().issuer());
        assertEquals(1, parsed.qa().size());
        assertEquals("", parsed.text());
    }

    @Test
    void betweenTheTitleAndTheContentOnlyTheDateAndSourceLinesAreRead() {
        String page = """
                <html><head><meta charset="utf-8"><title>Statement of the Sample Ministry on the sample port</title></head><body>
                <div class="top"><h2 class="title">Statement of the Sample Ministry on the sample port</h2>
                <ul class="links"><li><a href="/a">All statements of the Sample Ministry since 1998</a></li>
                <li><a href="/b">Speeches and articles of the ministers</a></li></ul>
                <p class="when">Source: Sample Ministry 2022-07-18 10:30</p></div>
                <div class="content"><p>The Sample Ministry welcomes the opening of the sample port, long awaited by all.</p>
                <p>It thanks every party for its work over the years, and looks forward to working with them again.</p></div>
                </body></html>
                """;
        ParsedPage parsed = PageParser.parse(HtmlPage.render(page.getBytes(StandardCharsets.UTF_8)));
        assertEquals("2022-07-18T10:30", parsed.date().date().atTime(parsed.date().time()).toString());
        assertEquals("The Sample Ministry welcomes the opening of the sample port, long awaited by all.\n\n"
                + "It thanks every party for its work over the years, and looks forward to working with them again.", parsed.text());
    }
}
