package dev.verbatim.api;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.DecoderConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What every response does: caching headers, conditional requests, compression, CORS, problems. */
@QuarkusTest
class HttpBehaviourTest {

    @ParameterizedTest(name = "GET {0} carries an ETag and answers 304 to it")
    @ValueSource(strings = { "/api/v1/statements", "/api/v1/statements?date=2022-07-18", "/api/v1/archive", "/api/v1/issuers" })
    void aReadAnswers304ToItsOwnETag(String path) {
        String etag = given().when().get(path)
                .then().statusCode(200)
                .header("ETag", startsWith("W/\""))
                .header("Cache-Control", equalTo("public, max-age=60"))
                .extract().header("ETag");
        given().header("If-None-Match", etag).when().get(path)
                .then().statusCode(304)
                .header("ETag", equalTo(etag))
                .body(emptyOrNullString());
        given().header("If-None-Match", "W/\"something-else\"").when().get(path).then().statusCode(200);
    }

    @Test
    void aStatementAnswers304ToItsOwnETagEvenFromTheCache() {
        String path = "/api/v1/statements/" + dev.verbatim.Samples.seedId();
        String etag = given().when().get(path).then().statusCode(200).extract().header("ETag");
        given().when().get(path).then().statusCode(200).header("ETag", equalTo(etag));
        given().header("If-None-Match", "\"x\", " + etag).when().get(path).then().statusCode(304);
        given().header("If-None-Match", etag.substring(2)).when().get(path).then().statusCode(304);
    }

    @Test
    void listsCarryLastModifiedAndAnswerIfModifiedSince() throws InterruptedException {
        String path = "/api/v1/statements?lang=en&limit=3";
        String lastModified = null;
        for (int attempt = 0; attempt < 50 && lastModified == null; attempt++) {
            // None while the last change is in the current second, or not yet read since a write.
            lastModified = given().when().get(path + "&attempt=" + attempt).then().statusCode(200).extract().header("Last-Modified");
            if (lastModified == null) {
                Thread.sleep(200);
            }
        }
        org.junit.jupiter.api.Assertions.assertNotNull(lastModified, "a list carries Last-Modified");
        given().header("If-Modified-Since", lastModified).when().get(path)
                .then().statusCode(304);
        given().header("If-Modified-Since", "Sat, 01 Jan 2000 00:00:00 GMT").when().get(path)
                .then().statusCode(200);
        given().header("If-Modified-Since", lastModified).header("If-None-Match", "W/\"other\"").when().get(path)
                .then().statusCode(200);

        // A write here: the next read is not answered 304 to the old date.
        given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters").contentType("application/json").body("""
                {"title": "Last-Modified test", "language": "en", "issuer": {"name": "Http Test Office"},
                 "publishedAt": "1993-01-01T00:00:00Z"}""").when().post("/api/v1/statements").then().statusCode(201);
        given().header("If-Modified-Since", lastModified).when().get(path).then().statusCode(200);
    }

    @Test
    void oversizedUrlsAndHeadersAreRefusedWithProblems() {
        given().queryParam("q", "a".repeat(17_000)).when().get("/api/v1/statements")
                .then().statusCode(414).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("16384 at most"));
        // Even a read the server has rendered and cached (asked again, it is kept).
        given().when().get("/api/v1/issuers").then().statusCode(200);
        given().when().get("/api/v1/issuers").then().statusCode(200);
        given().header("X-Padding", "b".repeat(17_000)).when().get("/api/v1/issuers")
                .then().statusCode(431).contentType("application/problem+json");
        // Under the limits, a long search is refused by name.
        given().queryParam("q", "c".repeat(10_000)).when().get("/api/v1/statements")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
    }

    @Test
    void everyResponseForbidsSniffingAndNamesNoServer() {
        String path = "/api/v1/statements/" + dev.verbatim.Samples.seedId();
        for (int i = 0; i < 3; i++) {
            // The third read is answered from the cache of rendered reads (a read is kept once asked again).
            given().when().get(path).then().statusCode(200)
                    .header("X-Content-Type-Options", "nosniff").header("Server", org.hamcrest.Matchers.nullValue());
        }
        given().when().get("/api/v1/nowhere").then().statusCode(404)
                .header("X-Content-Type-Options", "nosniff").header("Server", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void readsAreGzipCompressedWhenTheClientAcceptsIt() {
        given().when().get("/api/v1/statements").then().statusCode(200);
        given().when().get("/api/v1/statements").then().statusCode(200);
        // Raw bytes, so without the contract check: the cached answer is compressed as well as the first.
        RestAssured.given().config(RestAssured.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders()))
                .header("Accept-Encoding", "gzip")
                .when().get("/api/v1/statements")
                .then().statusCode(200)
                .header("Content-Encoding", equalTo("gzip"))
                .header("Vary", containsString("Accept-Encoding"));
    }

    @Test
    void aCachedReadStillHonoursAccept() {
        given().when().get("/api/v1/issuers").then().statusCode(200);
        given().accept("application/json").when().get("/api/v1/issuers").then().statusCode(200);
        given().accept("text/html;q=0.9, */*;q=0.1").when().get("/api/v1/issuers").then().statusCode(200);
        given().accept("application/xml").when().get("/api/v1/issuers").then().statusCode(406);
    }

    @Test
    void browsersMayReadFromAnyOrigin() {
        RestAssured.given().header("Origin", "https://newsroom.example")
                .header("Access-Control-Request-Method", "GET")
                .when().options("/api/v1/statements")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Allow-Methods", containsString("GET"));
        given().header("Origin", "https://newsroom.example").when().get("/api/v1/statements")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", notNullValue())
                .header("Access-Control-Expose-Headers", containsString("ETag"))
                .header("Access-Control-Expose-Headers", containsString("Retry-After"))
                .header("Access-Control-Expose-Headers", containsString("RateLimit-Remaining"));
    }

    @ParameterizedTest(name = "Accept: {0} on {1} is a 406")
    @CsvSource(delimiter = '|', value = {
            "application/json;q=0, */*;q=0     | /api/v1/issuers",
            "application/json;q=0, */*;q=0.5   | /api/v1/issuers",
            "application/json;q=0              | /api/v1/statements",
            "*/*;q=0                           | /api/v1/archive",
            "application/atom+xml;q=0, */*;q=0 | /api/v1/feeds/atom" })
    void aTypeTheClientRefusesWithAWeightOfZeroIsNeverSent(String accept, String path) {
        given().when().get(path).then().statusCode(200);
        given().accept(accept).when().get(path).then().statusCode(406).contentType("application/problem+json");
    }

    /** What the server answers to a request sent as these bytes, which no HTTP client would send. */
    private static String raw(String request) throws Exception {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", RestAssured.port)) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anUnknownPathIsA404Problem() {
        given().when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void aMethodNotAllowedIsA405ProblemNamingTheAllowedOnes() {
        // No such operation exists in the contract, so these are checked without it.
        RestAssured.given().when().delete("/api/v1/archive")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .header("Allow", equalTo("GET, HEAD, OPTIONS"))
                .body("status", is(405))
                .body("title", equalTo("Method Not Allowed"));
        for (String method : new String[] { "TRACE", "PATCH", "PUT" }) {
            RestAssured.given().when().request(method, "/api/v1/statements")
                    .then().statusCode(405)
                    .contentType("application/problem+json")
                    .header("Allow", equalTo("GET, HEAD, OPTIONS, POST"));
        }
        RestAssured.given().when().request("PATCH", "/api/v1/statements/some-statement")
                .then().statusCode(405).header("Allow", equalTo("DELETE, GET, HEAD, OPTIONS, PUT"));
    }

    @ParameterizedTest(name = "OPTIONS {0} allows {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/statements                  | GET, HEAD, OPTIONS, POST",
            "/api/v1/statements/some-statement   | DELETE, GET, HEAD, OPTIONS, PUT",
            "/api/v1/statements/export           | GET, HEAD, OPTIONS",
            "/api/v1/statements/some-statement/qa/3 | GET, HEAD, OPTIONS",
            "/api/v1/keys/some-key               | DELETE, OPTIONS",
            "/api/v1/feeds/atom                  | GET, HEAD, OPTIONS" })
    void optionsListsTheMethodsOfThatPathAlone(String path, String allowed) {
        RestAssured.given().when().options(path)
                .then().statusCode(204)
                .header("Allow", equalTo(allowed));
    }

    @Test
    void aClientThatNamesOnlyProblemsIsAnsweredInTheOperationsOwnType() {
        String issuer = "Negotiation Test Ministry " + java.util.UUID.randomUUID();
        String id = dev.verbatim.statement.StatementEditTest.create(issuer, "Remarks to withdraw", "1999-09-09").path("id");
        given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters").accept("application/problem+json")
                .when().delete("/api/v1/statements/" + id)
                .then().statusCode(204);
        given().accept("application/problem+json").when().get("/api/v1/statements/" + id)
                .then().statusCode(410).contentType("application/problem+json");
        given().accept("application/problem+json").when().get("/api/v1/feeds/atom")
                .then().statusCode(200).contentType(startsWith("application/atom+xml"));
        given().accept("application/problem+json").when().get("/api/v1/feeds/json")
                .then().statusCode(200).contentType(startsWith("application/feed+json"));
        given().accept("application/problem+json").queryParam("limit", "0").when().get("/api/v1/statements")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anUnproducibleMediaTypeIsA406Problem() {
        given().accept("application/xml").when().get("/api/v1/issuers")
                .then().statusCode(406)
                .contentType("application/problem+json")
                .body("status", is(406));
    }

    @Test
    void errorsAreNeverCachedAndNeverShowInternals() {
        given().queryParam("limit", "-1").when().get("/api/v1/statements")
                .then().statusCode(400)
                .header("Cache-Control", equalTo("no-store"))
                .header("ETag", emptyOrNullString())
                .body(not(containsString("Exception")))
                .body(not(containsString("dev.verbatim")));
    }

    @ParameterizedTest(name = "GET {0} is a 400 problem naming {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/v1/statements?cursor=%%%garbage     | cursor",
            "/api/v1/statements?limit=1&q=a%zz&lang=en | q",
            "/api/v1/statements?q={sanctions}         | q",
            "/api/v1/feeds/atom?issuer=x%            | issuer" })
    void aMalformedQueryIsAProblemNamingTheParameter(String target, String parameter) throws Exception {
        Answer answer = Answer.of(raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertEquals(400, answer.status(), answer.text());
        assertEquals("application/problem+json", answer.header("content-type"));
        JsonNode problem = new ObjectMapper().readTree(answer.body());
        assertEquals("urn:verbatim:problem:invalid-parameter", problem.get("type").asText());
        assertEquals(400, problem.get("status").asInt());
        assertEquals(parameter, problem.get("errors").get(0).get("field").asText());
        assertTrue(problem.get("detail").asText().startsWith(parameter + ": holds a "), answer.body());
        assertEquals("no-store", answer.header("cache-control"));
    }

    @Test
    void aMalformedPathIsAProblemForTheApiAndAPageForTheWebPages() throws Exception {
        Answer api = Answer.of(raw("GET /api/v1/statements/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertEquals(400, api.status(), api.text());
        assertEquals("application/problem+json", api.header("content-type"));
        assertEquals("urn:verbatim:problem:invalid-url", new ObjectMapper().readTree(api.body()).get("type").asText());

        Answer page = Answer.of(raw("GET /statements/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"));
        assertEquals(400, page.status(), page.text());
        assertTrue(page.header("content-type").startsWith("text/html"), page.text());
        assertTrue(page.body().contains("<html"), page.body());
        assertTrue(page.body().contains("two hexadecimal digits"), page.body());
    }

    /** A response as read off the socket: its status, headers (by lower-case name) and body. */
    private record Answer(String text, int status, java.util.Map<String, String> headers, String body) {

        static Answer of(String text) {
            int end = text.indexOf("\r\n\r\n");
            String[] lines = text.substring(0, end < 0 ? text.length() : end).split("\r\n");
            java.util.Map<String, String> headers = new java.util.HashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            String body = end < 0 ? "" : new String(text.substring(end + 4).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                    java.nio.charset.StandardCharsets.UTF_8);
            return new Answer(text, Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        String header(String name) {
            return headers.get(name);
        }
    }

    /**
     * A header holding a control character is refused with 400 by the HTTP layer itself, before
     * any code of ours can run (Vert.x 4.5's invalid-request handler, which Quarkus does not let an
     * application replace): the status is right, the body is empty rather than a problem.
     */
    @Test
    void aHeaderHoldingAControlCharacterIsRefusedWith400() throws Exception {
        String answer = raw("GET /api/v1/statements?limit=1 HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n\r\n");
        org.junit.jupiter.api.Assertions.assertTrue(answer.startsWith("HTTP/1.1 400 Bad Request"), answer);
    }
}
