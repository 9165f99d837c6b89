package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.search.PackagedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The pages in a real browser (Debian's Chromium, headless), against the packaged server with the
 * sample statements and 25 of a test office: what a reporter does on deadline, each page checked
 * with axe-core and photographed at a phone's and a desktop's width. Skipped, saying so, on a
 * machine without chromium and chromium-driver (.ci/run installs them).
 */
class BrowserIT {

    /** A made-up word in each of the office's statements, so that a search finds them and nothing else. */
    static final String WORD = "zephyrport";
    static final int STATEMENTS = 25;

    private static PackagedServer server;
    private static Browser browser;
    private static String withdrawn;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.installed(),
                "Browser tests skipped: " + Browser.CHROMIUM + " and " + Browser.CHROMEDRIVER + " are needed (apt-get install chromium chromium-driver)");
        Path work = Files.createDirectories(Path.of(System.getProperty("verbatim.it.work")));
        server = new PackagedServer(Files.createTempDirectory(work, "browser-")).with("VERBATIM_SAMPLE_DATA", "true").start();
        assertEquals(200, server.post("/api/v1/imports", "application/x-ndjson", statements()).statusCode());
        String created = server.post("/api/v1/statements", "application/json", """
                {"title": "A statement soon withdrawn", "language": "en", "issuer": {"name": "Browser Test Office"},
                 "publishedAt": "2021-04-01T10:00:00+02:00", "timeZone": "Europe/Brussels", "text": "Withdrawn later."}
                """.getBytes(StandardCharsets.UTF_8)).body();
        var statement = new ObjectMapper().readTree(created);
        withdrawn = statement.get("slug").asText();
        assertEquals(204, server.delete("/api/v1/statements/" + statement.get("id").asText()).statusCode());
        browser = new Browser(Files.createTempDirectory(work, "chromium-"), Path.of("target", "screenshots"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** 25 statements a day apart from 1 March 2021, two on the 6th (one English, one French); every fifth in French; three pairs each. */
    static byte[] statements() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < STATEMENTS; i++) {
            int day = i == STATEMENTS - 1 ? 6 : i + 1;
            boolean french = i % 5 == 4;
            lines.append("""
                    {"title": "%s %s %d", "language": "%s", "issuer": {"name": "Browser Test Office"},
                     "publishedAt": "2021-03-%02dT10:%02d:00+01:00", "timeZone": "Europe/Brussels",
                     "text": "%s %s.", "qa": [%s]}
                    """.replace("\n", "").formatted(french ? "Déclaration sur" : "Remarks on", WORD, i, french ? "fr" : "en", day, i,
                    french ? "Le texte parle de" : "The text speaks of", WORD, pairs(i)))
                    .append('\n');
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String pairs(int statement) {
        StringBuilder pairs = new StringBuilder();
        for (int n = 1; n <= 3; n++) {
            pairs.append(n == 1 ? "" : ", ").append("""
                    {"question": "Question %d of statement %d?", "answer": "Answer %d, with more words.", "askedBy": "Outlet %d"}"""
                    .formatted(n, statement, n, n));
        }
        return pairs.toString();
    }

    private static void open(String path) {
        browser.driver.get(server.base() + path);
    }

    private static String url() {
        return browser.driver.getCurrentUrl().substring(server.base().length());
    }

    private static WebElement find(String css) {
        return browser.driver.findElement(By.cssSelector(css));
    }

    private static List<WebElement> all(String css) {
        return browser.driver.findElements(By.cssSelector(css));
    }

    private static String heading() {
        return find("#found").getText();
    }

    @Test
    void aReporterSearchesAWordOnADay() throws Exception {
        open("/");
        browser.check("home");
        find("#q").sendKeys(WORD);
        browser.driver.executeScript("document.getElementById('date').value = '2021-03-06'");
        find("form.search button[type=submit]").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("q="));
        assertEquals("/?q=" + WORD + "&date=2021-03-06", url(), "blank fields left out of the address");
        assertEquals("2 statements match", heading());
        assertEquals(2, all("ol.results > li").size());
        assertTrue(find("ol.results mark").getText().equalsIgnoreCase(WORD), "the word is highlighted");
        browser.check("search");
    }

    @Test
    void aFacetNarrowsTheSearch() throws Exception {
        open("/?q=" + WORD);
        assertEquals(STATEMENTS + " statements match", heading());
        find("aside.facets a[href*='lang=fr']").click();
        assertEquals("/?q=" + WORD + "&lang=fr", url());
        assertEquals("5 statements match", heading());
        assertEquals("French (français)", find("aside.facets a[aria-current]").getText());
        browser.check("facet");
    }

    @Test
    void resultsArePagedByCursor() throws Exception {
        open("/?q=" + WORD);
        assertEquals(ListPages.PAGE_SIZE, all("ol.results > li").size());
        find("nav.paging a[rel=next]").click();
        assertTrue(url().startsWith("/?q=" + WORD + "&cursor="), url());
        assertEquals(STATEMENTS - ListPages.PAGE_SIZE, all("ol.results > li").size());
        assertTrue(all("nav.paging a[rel=next]").isEmpty(), "the last page");
        browser.check("page-two");
        find("nav.paging a").click();
        assertEquals("/?q=" + WORD, url());
    }

    @Test
    void aStatementOpensAndAPairsAnchorIsFollowedAndCited() throws Exception {
        open("/?q=" + WORD + "&date=2021-03-06");
        find("ol.results h3 a[lang=en]").click();
        assertTrue(url().startsWith("/statements/remarks-on-" + WORD), url());
        assertEquals("en", find("h1").getAttribute("lang"));
        browser.check("statement");
        find("#q2 a.anchor").click();
        assertTrue(url().endsWith("#q2"), url());
        assertEquals("q2", browser.driver.executeScript("return document.querySelector(':target').id"));
        browser.driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", server.base(),
                "permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        find("#q2 button[data-copy='cite-q2']").click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(5))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#q2 .copied"), "Copied citation."));
        String citation = find("#cite-q2").getAttribute("value");
        assertTrue(citation.startsWith("Browser Test Office: “Remarks on " + WORD), citation);
        assertTrue(citation.contains("question 2 (asked by Outlet 2), 6 March 2021, 10:"), citation);
        assertTrue(citation.endsWith(browser.driver.getCurrentUrl()), citation);
        Object copied = browser.driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], () => arguments[0](null))");
        assertEquals(citation, copied, "the clipboard holds the citation");
        find("#q2 button[data-copy='link-q2']").click();
        assertEquals(browser.driver.getCurrentUrl(),
                browser.driver.executeAsyncScript("navigator.clipboard.readText().then(arguments[0], () => arguments[0](null))"));
    }

    @Test
    void aDayAndAnIssuerArePagesOfTheirOwn() throws Exception {
        open("/2021/03/06");
        assertEquals("Statements of Saturday 6 March 2021", find("h1").getText());
        assertEquals(2, all("ol.results > li").size());
        assertTrue(find("a[rel=prev]").getText().contains("5 March 2021"));
        browser.check("day");
        open("/issuers/browser-test-office");
        assertTrue(find("svg[role=img] desc").getAttribute("textContent").startsWith(STATEMENTS + " statements in March 2021"));
        browser.check("issuer");
        open("/archive");
        browser.check("archive");
    }

    @Test
    void aWithdrawnStatementSaysSoWithA410() throws Exception {
        var response = server.get("/statements/" + withdrawn);
        assertEquals(410, response.statusCode());
        open("/statements/" + withdrawn);
        assertEquals("This statement was withdrawn", find("h1").getText());
        assertTrue(find("p.detail").getText().contains("was withdrawn at 20"), find("p.detail").getText());
        browser.check("withdrawn");
    }

    @Test
    void onAPhoneNothingScrollsSidewaysAndChineseIsMarkedAsSuch() throws Exception {
        browser.phone(true);
        try {
            open("/?q=" + WORD);
            assertEquals(Boolean.TRUE, browser.driver.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
            assertTrue(find("#q").getRect().getWidth() > Browser.PHONE_WIDTH / 2, "the search box takes the width");
            open("/?lang=zh");
            find("ol.results h3 a").click();
            assertEquals("zh", find("h1").getAttribute("lang"));
            assertEquals(Boolean.TRUE, browser.driver.executeScript(
                    "return document.documentElement.scrollWidth <= window.innerWidth"), "no sideways scrolling");
        } finally {
            browser.phone(false);
        }
        browser.check("statement-zh");
    }

    @Test
    void withoutJavaScriptTheFormStillGivesAShareableAddress() {
        browser.javascript(false);
        try {
            open("/");
            find("#q").sendKeys(WORD);
            find("form.search button[type=submit]").click();
            assertEquals("/?q=" + WORD, url(), "the server leaves the blank fields out");
            assertTrue(find(".cite, body").isDisplayed());
            open(all("ol.results h3 a").isEmpty() ? "/" : url());
        } finally {
            browser.javascript(true);
        }
    }
}
