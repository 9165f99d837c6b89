package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
}
