package dev.verbatim.search;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.ibm.icu.text.Transliterator;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A quote finds its source: a random piece of a random answer, quoted, finds that very pair first
 * in {@code /api/v1/qa} and its statement first in {@code /api/v1/statements}, in Chinese (cut
 * anywhere, Simplified or Traditional), English and French; Traditional and Simplified find each
 * other and mark what matched; quotes pasted with typographic marks and odd spaces match.
 */
@QuarkusTest
class QuoteSearchTest {

    private static final String ISSUER = "quote-test-ministry";
    private static final String ISSUER_NAME = "Quote Test Ministry";
    /** Each statement's answers, in the order of their pairs; the statements in the order imported. */
    private static final List<Statement> STATEMENTS = List.of(
            new Statement("zh", "1981-03-02T15:00:00+08:00", "外交部发言人主持例行记者会",
                    List.of("中方一贯主张通过对话协商解决分歧，反对任何单边制裁和长臂管辖，希望有关各方保持冷静克制。",
                            "关于你提到的疫苗合作问题，我们愿同国际社会一道，推动疫苗成为全球公共产品，提高发展中国家的可及性。",
                            "发言人表示，两国元首通电话时就双边关系和共同关心的国际地区问题深入交换了意见。",
                            "我们注意到有关报道。中方在南海的活动完全是在自己主权范围内，无可非议。")),
            new Statement("zh", "1981-03-03T15:00:00+08:00", "外交部发言人答记者问",
                    List.of("气候变化是全人类面临的共同挑战，中方将继续落实巴黎协定，力争在规定时间内实现碳达峰。",
                            "我们欢迎更多外国企业来华投资兴业，将持续优化营商环境，保护外资企业合法权益。",
                            "对借疫情搞政治操弄的做法，国际社会应当保持警惕，坚持科学溯源的正确方向。")),
            new Statement("zh-Hant", "1981-03-04T15:00:00+08:00", "外交部發言人舉行記者會",
                    List.of("香港回歸以來，一國兩制實踐取得舉世公認的成功，任何外部勢力都無權干涉。",
                            "我們敦促有關國家停止在臺灣問題上玩火，恪守一個中國原則和三個聯合公報規定。",
                            "中國願與東盟國家攜手推進區域全面經濟夥伴關係協定的高品質實施，造福各國人民。")),
            new Statement("en", "1981-03-05T10:00:00Z", "Spokesperson's remarks on trade and health",
                    List.of("We have always held that trade disputes should be settled through consultation on an equal footing.",
                            "The vaccine initiative is open to every developing country that wishes to join, without conditions attached.",
                            "As I said yesterday, the talks in Geneva were candid, constructive and forward-looking.",
                            "Our position on maritime boundaries has not changed and will not change.")),
            new Statement("en", "1981-03-06T10:00:00Z", "Spokesperson's remarks on climate",
                    List.of("Climate finance pledged by developed nations must be delivered in full and on time.",
                            "The delegation arrives on Monday and leaves after a working lunch with the foreign minister.",
                            "Hong Kong's prosperity depends on stability. Hong Kong will remain a free port, open to the world.")),
            new Statement("fr", "1981-03-07T10:00:00+01:00", "Point de presse du porte-parole",
                    List.of("La France condamne fermement l'attaque survenue hier contre le convoi humanitaire.",
                            "Le ministre se rendra à Dakar jeudi pour une visite consacrée à la sécurité alimentaire.",
                            "Nous appelons toutes les parties à la retenue et au respect du droit international humanitaire.")),
            new Statement("fr", "1981-03-08T10:00:00+01:00", "Déclaration sur la coopération scientifique",
                    List.of("L'accord signé aujourd'hui renforce la coopération scientifique entre nos deux pays.",
                            "Les chercheurs bénéficieront de bourses pour des séjours de longue durée dans les laboratoires partenaires.",
                            "Cette initiative s'inscrit dans la continuité du dialogue engagé il y a dix ans.")));
    private static final Transliterator SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    private static List<String> ids;

    private record Statement(String language, String at, String title, List<String> answers) {
    }

    @BeforeEach
    void statements() {
        load();
    }

    private static synchronized void load() {
        if (ids != null) {
            return;
        }
        List<String> lines = new ArrayList<>();
        for (Statement statement : STATEMENTS) {
            String[] pairs = new String[statement.answers().size()];
            for (int n = 0; n < pairs.length; n++) {
                pairs[n] = SearchCorpus.pair("Question " + (n + 1) + "?", statement.answers().get(n));
            }
            lines.add(SearchCorpus.statementOf(ISSUER_NAME, statement.language(), statement.at(), "UTC", statement.title(), "", pairs));
        }
        given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters").contentType("application/x-ndjson")
                .body(String.join("\n", lines).getBytes(StandardCharsets.UTF_8))
                .when().post("/api/v1/imports").then().statusCode(200).body("failed", is(0));
        ids = new ArrayList<>();
        for (Statement statement : STATEMENTS) {
            ids.add(given().queryParam("issuer", ISSUER).queryParam("q", "\"" + statement.answers().get(0) + "\"")
                    .when().get("/api/v1/statements").then().statusCode(200).body("total", is(1))
                    .extract().path("items[0].id"));
        }
    }

    private static ValidatableResponse search(String path, String q) {
        return given().queryParam("issuer", ISSUER).queryParam("q", q).when().get(path).then().statusCode(200);
    }

    @Test
    void aRandomRunOfChineseCharactersOfARandomAnswerQuotedFindsItsPairFirst() {
        int first = draws(200, "zh", (random, answer) -> {
            for (;;) {
                int length = 2 + random.nextInt(7);
                int start = random.nextInt(answer.length() - length + 1);
                String run = answer.substring(start, start + length);
                if (run.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                    return run;
                }
            }
        });
        assertTrue(first >= 120, first + " of 200 draws were quotes found in one answer only");
    }

    @Test
    void aRandomRunOfEnglishOrFrenchWordsOfARandomAnswerQuotedFindsItsPairFirst() {
        BiFunction<Random, String, String> words = (random, answer) -> {
            String[] all = answer.split(" ");
            int length = Math.min(all.length, 2 + random.nextInt(4));
            int start = random.nextInt(all.length - length + 1);
            return String.join(" ", List.of(all).subList(start, start + length));
        };
        int english = draws(100, "en", words);
        int french = draws(100, "fr", words);
        assertTrue(english >= 80 && french >= 80, english + " and " + french + " of 100 draws each were quotes found in one answer only");
    }

    /**
     * Draws a random answer of the language and a piece of it, quoted; where the piece stands in
     * that answer alone (Traditional read as Simplified), its pair is the first hit and its
     * statement the first statement. Answers how many pieces stood in one answer alone.
     */
    private static int draws(int count, String language, BiFunction<Random, String, String> piece) {
        Random random = new Random(21);
        List<int[]> answers = new ArrayList<>();
        for (int s = 0; s < STATEMENTS.size(); s++) {
            if (STATEMENTS.get(s).language().startsWith(language)) {
                for (int n = 0; n < STATEMENTS.get(s).answers().size(); n++) {
                    answers.add(new int[] { s, n });
                }
            }
        }
        int alone = 0;
        for (int draw = 0; draw < count; draw++) {
            int[] drawn = answers.get(random.nextInt(answers.size()));
            String answer = STATEMENTS.get(drawn[0]).answers().get(drawn[1]);
            String quote = piece.apply(random, answer);
            String q = "\"" + quote + "\"";
            if (standsIn(quote) > 1) {
                search("/api/v1/qa", q).body("total", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
                continue;
            }
            alone++;
            search("/api/v1/qa", q).body("items[0].statement.id", equalTo(ids.get(drawn[0])))
                    .body("items[0].n", is(drawn[1] + 1))
                    .body("items[0].highlights[0]", containsString("<mark>"));
            search("/api/v1/statements", q).body("items[0].id", equalTo(ids.get(drawn[0])));
        }
        return alone;
    }

    /** In how many answers the quote stands, as the index reads them (Traditional as Simplified, in any case). */
    private static int standsIn(String quote) {
        String wanted = plain(quote);
        return (int) STATEMENTS.stream().flatMap(statement -> statement.answers().stream())
                .filter(answer -> plain(answer).contains(wanted)).count();
    }

    private static String plain(String text) {
        StringBuilder simplified = new StringBuilder();
        text.codePoints().forEach(c -> simplified.append(SIMPLIFIED.transliterate(Character.toString(c))));
        return simplified.toString().toLowerCase(java.util.Locale.ROOT);
    }

    @Test
    void traditionalAndSimplifiedFindEachOtherAndMarkWhatMatched() {
        search("/api/v1/qa", "發言人表示").body("total", is(1)).body("items[0].statement.id", equalTo(ids.get(0)))
                .body("items[0].highlights[0]", containsString("<mark>发言人表示</mark>"));
        search("/api/v1/qa", "\"關於你提到的疫苗\"").body("total", is(1)).body("items[0].statement.id", equalTo(ids.get(0)))
                .body("items[0].highlights[0]", containsString("<mark>关于你提到的疫苗</mark>"));
        search("/api/v1/qa", "一国两制").body("total", is(1)).body("items[0].statement.id", equalTo(ids.get(2)))
                .body("items[0].highlights[0]", containsString("<mark>一國兩制</mark>"));
        search("/api/v1/qa", "\"区域全面经济伙\"").body("total", is(1)).body("items[0].statement.id", equalTo(ids.get(2)))
                .body("items[0].highlights[0]", containsString("<mark>區域全面經濟夥</mark>"));
        search("/api/v1/statements", "\"在臺灣問題上玩\"").body("total", is(1)).body("items[0].id", equalTo(ids.get(2)))
                .body("items[0].highlights[0]", containsString("<mark>在臺灣問題上玩</mark>"));
        search("/api/v1/statements", "\"在台湾问题上玩\"").body("total", is(1)).body("items[0].id", equalTo(ids.get(2)));
    }

    @Test
    void aQuotePastedWithTypographicMarksAndOddSpacesFindsItsPair() {
        search("/api/v1/qa", "“Hong Kong’s prosperity”").body("total", is(1)).body("items[0].n", is(3))
                .body("items[0].highlights[0]", containsString("<mark>Hong</mark> <mark>Kong&#x27;s</mark> <mark>prosperity</mark>"));
        search("/api/v1/qa", "\"stability. Hong Kong will\"").body("total", is(1)).body("items[0].n", is(3));
        search("/api/v1/qa", "\"stability Hong Kong will\"").body("total", is(1)).body("items[0].n", is(3));
        search("/api/v1/qa", "«\u00A0l’attaque survenue hier\u00A0»").body("total", is(1)).body("items[0].n", is(1))
                .body("items[0].statement.id", equalTo(ids.get(5)));
        search("/api/v1/qa", "\"L’ACCORD SIGNÉ aujourd’hui\"").body("total", is(1)).body("items[0].statement.id", equalTo(ids.get(6)));
        search("/api/v1/qa", "\"Ｃｌｉｍａｔｅ　ｆｉｎａｎｃｅ\"").body("total", is(1)).body("items[0].statement.id", equalTo(ids.get(4)));
        search("/api/v1/qa", "「单边制裁和长臂管辖,希望」").body("total", is(1)).body("items[0].statement.id", equalTo(ids.get(0)));
        search("/api/v1/qa", "“南海的活动”").body("total", is(1)).body("items[0].n", is(4));
        assertEquals(0, (int) search("/api/v1/qa", "\"活动南海\"").extract().path("total"));
    }
}
