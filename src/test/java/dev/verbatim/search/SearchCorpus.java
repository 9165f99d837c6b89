package dev.verbatim.search;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.is;

import java.util.List;

/**
 * A small corpus of the search tests' own, under one issuer and in the 1990s, so that no other
 * test's statements can match: French, English and Chinese, with and without pairs.
 */
final class SearchCorpus {

    static final String ISSUER = "search-test-ministry";

    private static final List<String> LINES = List.of(
            line("fr", "1995-03-01T10:00:00+01:00", "Europe/Paris", "Déclaration sur la sécurité des réseaux",
                    "La sécurité des réseaux est une priorité.",
                    pair("Que pensez-vous des cyberattaques récentes ?",
                            "Nous condamnons toutes les cyberattaques.\\n\\nLa coopération internationale est nécessaire.")),
            line("fr", "1995-03-02T10:00:00+01:00", "Europe/Paris", "Conférence de presse du porte-parole", "",
                    pair("Sur le commerce ?", "Le commerce bilatéral progresse."),
                    pair("Une cyberattaque a-t-elle visé le ministère ?", "Aucune cyberattaque n'a été détectée.")),
            line("en", "1996-05-10T10:00:00-04:00", "America/New_York", "Remarks on climate cooperation",
                    "Climate cooperation remains essential.",
                    pair("Will you attend the climate summit?", "Yes, the minister will be there in person.")),
            line("en", "1996-05-11T10:00:00-04:00", "America/New_York", "Press conference on trade and climate", "",
                    pair("What about the trade talks?", "Trade talks continue. We hope for progress on climate finance too.")),
            line("zh", "1997-07-01T15:00:00+08:00", "Asia/Shanghai", "外交部发言人就网络攻击问题答记者问", "",
                    pair("你对最近的网络攻击事件有何评论？", "中方坚决反对一切形式的网络攻击。")),
            line("en", "1998-01-01T09:00:00Z", "Europe/London", "Statement on maritime security",
                    "Maritime security matters to every nation. The security of shipping lanes and maritime routes is vital."),
            line("en", "1998-01-02T09:00:00Z", "Europe/London", "Remarks on fisheries",
                    "Fisheries were discussed at length; security at sea was mentioned once, and maritime law twice. Maritime law."));

    private static boolean loaded;

    private SearchCorpus() {
    }

    /** Imports the corpus once per test run; importing it again would change nothing anyway. */
    static synchronized void load() {
        if (loaded) {
            return;
        }
        given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters").contentType("application/x-ndjson")
                .body(String.join("\n", LINES).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/imports")
                .then().statusCode(200).body("failed", is(0));
        loaded = true;
    }

    /** GET path with q and more parameters (name, value, ...), within the corpus's issuer; expects 200. */
    static io.restassured.response.ValidatableResponse search(String path, String q, Object... more) {
        var request = given().queryParam("issuer", ISSUER).queryParam("q", q);
        for (int i = 0; i < more.length; i += 2) {
            request = request.queryParam((String) more[i], more[i + 1]);
        }
        return request.when().get(path).then().statusCode(200);
    }

    private static String line(String language, String at, String zone, String title, String text, String... pairs) {
        return statementOf("Search Test Ministry", language, at, zone, title, text, pairs);
    }

    /** A statement as one line of the NDJSON import (text and pairs escaped already). */
    static String statementOf(String issuer, String language, String at, String zone, String title, String text, String... pairs) {
        return """
                {"title":"%s","language":"%s","issuer":{"name":"%s"},"publishedAt":"%s","timeZone":"%s",\
                "text":"%s","qa":[%s]}""".formatted(title, language, issuer, at, zone, text, String.join(",", pairs));
    }

    static String pair(String question, String answer) {
        return "{\"question\":\"%s\",\"answer\":\"%s\"}".formatted(question, answer);
    }
}
