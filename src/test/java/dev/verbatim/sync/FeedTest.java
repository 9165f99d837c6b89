package dev.verbatim.sync;

import static dev.verbatim.Api.given;
import static dev.verbatim.sync.ChangeFeedTest.editor;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** GET /api/v1/feeds/atom and /api/v1/feeds/json: the newest matching statements, to subscribe to. */
@QuarkusTest
class FeedTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    static Document atom(String query) throws Exception {
        byte[] body = given().when().get("/api/v1/feeds/atom" + query)
                .then().statusCode(200).contentType(startsWith("application/atom+xml")).header("ETag", startsWith("W/"))
                .extract().asByteArray();
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
    }

    @Test
    void atomFeedOfOneIssuerHasWhatRfc4287Requires() throws Exception {
        String issuer = ExportTest.issuerWithThree("Feed Office " + UUID.randomUUID());
        Document feed = atom("?issuer=" + issuer);
        Element root = feed.getDocumentElement();
        assertEquals(ATOM, root.getNamespaceURI());
        assertEquals("feed", root.getLocalName());
        // atom:feed has exactly one id, title and updated, an author, and a link to itself.
        assertEquals(1, children(root, "id").size());
        assertTrue(URI.create(text(root, "id")).isAbsolute(), "the feed id is an IRI");
        assertFalse(text(root, "title").isBlank());
        OffsetDateTime.parse(text(root, "updated"));
        assertEquals(1, children(root, "author").size());
        Element self = children(root, "link").get(0);
        assertEquals("self", self.getAttribute("rel"));
        assertTrue(self.getAttribute("href").endsWith("/api/v1/feeds/atom?issuer=" + issuer));

        List<Element> entries = children(root, "entry");
        assertEquals(List.of("Export three", "Export two, a declaration", "Export one"),
                entries.stream().map(e -> text(e, "title")).toList(), "newest first");
        for (Element entry : entries) {
            assertTrue(text(entry, "id").startsWith("tag:verbatim,2026:statements/"));
            OffsetDateTime.parse(text(entry, "updated"));
            OffsetDateTime.parse(text(entry, "published"));
            assertEquals(1, children(entry, "author").size());
            Element alternate = children(entry, "link").get(0);
            assertEquals("alternate", alternate.getAttribute("rel"));
            String id = text(entry, "id").substring("tag:verbatim,2026:statements/".length());
            assertTrue(alternate.getAttribute("href").endsWith("/api/v1/statements/" + id));
            Element content = children(entry, "content").get(0);
            assertEquals("text", content.getAttribute("type"));
        }
        Element oldest = entries.get(2);
        assertEquals("en", children(oldest, "content").get(0).getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
        assertEquals("An opening, with \"quotes\".\n\nQ: First?\n\nA: " + ExportTest.TRICKY_ANSWER.replace("\r\n", "\n")
                + "\n\nQ: Second?\n\nA: Short.", text(oldest, "content"));
    }

    @Test
    void jsonFeedOfASearchIsJsonFeedOneOne() {
        String issuer = ExportTest.issuerWithThree("Json Feed Office " + UUID.randomUUID());
        given().queryParam("issuer", issuer).queryParam("q", "third OR declaration").when().get("/api/v1/feeds/json")
                .then().statusCode(200)
                .contentType(startsWith("application/feed+json"))
                .body("version", equalTo("https://jsonfeed.org/version/1.1"))
                .body("feed_url", containsString("/api/v1/feeds/json?"))
                .body("items", hasSize(2))
                .body("items.title", equalTo(List.of("Export three", "Export two, a declaration")))
                .body("items[0].url", startsWith("http"))
                .body("items[0].content_text", equalTo("Q: Third?\n\nA: Yes."))
                .body("items[0].authors[0].name", startsWith("Json Feed Office"))
                .body("items[1].language", equalTo("fr"))
                .body("items[0].date_published", startsWith("1996-03-03T"));
    }

    @Test
    void feedEntriesLinkToTheStatementsWebPagesForReadersToOpen() throws Exception {
        String issuer = ExportTest.issuerWithThree("Feed Page Office " + UUID.randomUUID());
        Element entry = children(atom("?issuer=" + issuer).getDocumentElement(), "entry").get(0);
        Element page = children(entry, "link").stream().filter(link -> "text/html".equals(link.getAttribute("type"))).findFirst()
                .orElseThrow();
        assertEquals("alternate", page.getAttribute("rel"));
        assertTrue(page.getAttribute("href").matches("http://[^/]+/statements/export-three-1996-03-03(-[0-9]+)?"), page.getAttribute("href"));
        String url = given().queryParam("issuer", issuer).when().get("/api/v1/feeds/json")
                .then().statusCode(200).extract().path("items[0].url");
        assertEquals(page.getAttribute("href"), url);
        io.restassured.RestAssured.given().when().get(url).then().statusCode(200).contentType(startsWith("text/html"));
    }

    @Test
    void aFeedsHomeIsTheWebPageOfTheSameFilters() throws Exception {
        String issuer = ExportTest.issuerWithThree("Feed Home Office " + UUID.randomUUID());
        Element root = atom("?limit=2&issuer=" + issuer + "&q=third").getDocumentElement();
        Element home = children(root, "link").stream().filter(link -> "text/html".equals(link.getAttribute("type"))).findFirst()
                .orElseThrow();
        assertEquals("alternate", home.getAttribute("rel"));
        assertTrue(home.getAttribute("href").matches("http://[^/]+/\\?issuer=" + issuer + "&q=third"), home.getAttribute("href"));
        String json = given().queryParam("limit", 2).queryParam("issuer", issuer).queryParam("q", "third").when().get("/api/v1/feeds/json")
                .then().statusCode(200).extract().path("home_page_url");
        assertEquals(home.getAttribute("href"), json);
        io.restassured.RestAssured.given().when().get(json).then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("Export three"));
        String everything = given().when().get("/api/v1/feeds/json").then().statusCode(200).extract().path("home_page_url");
        assertTrue(everything.matches("http://[^/]+/"), everything);
    }

    @Test
    void aWithdrawnStatementLeavesTheFeeds() throws Exception {
        String issuer = ExportTest.issuerWithThree("Feed Withdrawal Office " + UUID.randomUUID());
        String newest = given().queryParam("issuer", issuer).when().get("/api/v1/feeds/json")
                .then().statusCode(200).extract().path("items[0].id");
        editor().when().delete("/api/v1/statements/" + newest).then().statusCode(204);
        given().queryParam("issuer", issuer).when().get("/api/v1/feeds/json")
                .then().statusCode(200).body("items", hasSize(2)).body("items.id", org.hamcrest.Matchers.not(hasItem(newest)));
        assertEquals(2, children(atom("?issuer=" + issuer).getDocumentElement(), "entry").size());
    }

    @Test
    void limitAndFiltersAreChecked() throws Exception {
        String issuer = ExportTest.issuerWithThree("Feed Limit Office " + UUID.randomUUID());
        assertEquals(1, children(atom("?limit=1&issuer=" + issuer).getDocumentElement(), "entry").size());
        given().queryParam("limit", 101).when().get("/api/v1/feeds/atom")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("limit"));
        given().queryParam("date", "1996-02-30").when().get("/api/v1/feeds/json")
                .then().statusCode(400).body("errors.field", hasItem("date"));
        Document empty = atom("?date=1900-01-01");
        assertEquals(0, children(empty.getDocumentElement(), "entry").size());
        assertNotNull(text(empty.getDocumentElement(), "updated"));
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && ATOM.equals(element.getNamespaceURI()) && name.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        return children(parent, name).get(0).getTextContent();
    }
}
