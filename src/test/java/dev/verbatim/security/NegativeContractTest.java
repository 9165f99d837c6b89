package dev.verbatim.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.verbatim.Api;
import dev.verbatim.Samples;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Bad input for every operation of the published contract, generated from the OpenAPI document
 * itself: each parameter gets values that break its schema (wrong type, out of range, off the
 * pattern or the enumeration, too long, empty) and values that attack (control characters,
 * invalid UTF-8 and percent-encoding, SQL, Lucene syntax, path traversal); each write gets
 * malformed bodies. A value that breaks the schema must be refused with a 4xx problem; any other
 * may be accepted; none may ever give a 5xx. An empty value ({@code limit=}) is taken as no value,
 * as most APIs take it. A new operation or parameter is covered as soon as it is documented.
 */
@QuarkusTest
class NegativeContractTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ADMIN = "Bearer test-admin-key-of-at-least-32-characters";

    /** Values no schema of this API allows, whatever the parameter: raw, already percent-encoded where marked. */
    private static final List<Bad> ATTACKS = List.of(
            new Bad("control characters", enc("a\u0000b\u0007c\u001b"), false),
            new Bad("invalid UTF-8", "%C3%28%FF%FE", false),
            new Bad("a lone percent", "%", false),
            new Bad("invalid percent-encoding", "%zz%G1", false),
            new Bad("SQL", enc("' OR 1=1; DROP TABLE statement; --"), false),
            new Bad("Lucene syntax", enc("title:* a~ /.*/ *x +(-"), false),
            new Bad("path traversal", enc("../../../../etc/passwd"), false),
            new Bad("encoded path traversal", "..%2F..%2F..%2Fetc%2Fpasswd", false),
            new Bad("unicode bidi and zero-width", enc("\u202e\u200b\ufeff"), false),
            new Bad("huge", enc("x".repeat(10_000)), true));

    private static final List<String> BAD_BODIES = List.of("", "null", "[]", "{", "{\"title\": 5}", "\"text\"", "{\"title\": [}",
            "[".repeat(5000) + "]".repeat(5000), "{\"title\": \"" + "x".repeat(2_000_001) + "\"}", "{\"a\":\"\\ud800\"}",
            "{\"title\": \"a\\u0000b\", \"name\": \"a\\u0000b\", \"language\": \"en\", \"role\": \"reader\", \"issuer\": {\"name\": \"N\\u0000\"},"
                    + " \"publishedAt\": \"2020-01-01T00:00:00Z\", \"text\": \"\\u0000\"}",
            // Issue 19: trailing content, values of another type, unknown fields, instants and zones out of range.
            "{\"title\": \"T\", \"name\": \"N\", \"role\": \"reader\"} garbage", "{\"title\": 12345, \"name\": true}",
            "{\"title\": \"T\", \"unknown\": 1}", "{\"title\": \"T\", \"title\": \"U\"}",
            "{\"title\": \"T\", \"language\": \"en\", \"issuer\": {\"name\": \"N\"}, \"publishedAt\": \"+999999999-12-31T23:59:59Z\"}",
            "{\"title\": \"T\", \"language\": \"en\", \"issuer\": {\"name\": \"N\"}, \"publishedAt\": \"1582-10-10T00:00:00Z\"}",
            "{\"title\": \"T\", \"language\": \"en\", \"issuer\": {\"name\": \"N\"}, \"publishedAt\": \"2020-01-01T00:00:00Z\", "
                    + "\"timeZone\": \"Mars/Olympus\"}");

    record Bad(String what, String encoded, boolean breaksAnySchema) {
    }

    record Case(String name, String method, String path, String query, String body, String contentType, boolean mustBe4xx,
            boolean withKey) {
    }

    @TestFactory
    Stream<DynamicTest> everyOperationRefusesBadInputWithA4xxProblemAndNeverA5xx() throws IOException {
        JsonNode document = JSON.readTree(RestAssured.given().accept("application/json").get("/q/openapi").asString());
        String id = Samples.seedId();
        List<Case> cases = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                cases.addAll(casesOf(op.getKey().toUpperCase(), path.getKey(), op.getValue(), id));
            }
        }
        assertTrue(cases.size() >= 300, "at least 300 bad inputs, here " + cases.size());
        return cases.stream().map(c -> dynamicTest(c.name(), () -> check(c)));
    }

    private static List<Case> casesOf(String method, String template, JsonNode operation, String id) {
        List<Case> cases = new ArrayList<>();
        boolean write = !method.equals("GET");
        String path = template.replace("{id}", id).replace("{n}", "1");
        JsonNode parameters = operation.path("parameters");
        for (JsonNode parameter : parameters) {
            String name = parameter.get("name").asText();
            String in = parameter.get("in").asText();
            JsonNode schema = parameter.path("schema");
            List<Bad> values = new ArrayList<>(ATTACKS);
            values.addAll(schemaBreakers(schema));
            for (Bad bad : values) {
                String label = method + " " + template + " " + in + " " + name + ": " + bad.what();
                if (in.equals("query")) {
                    cases.add(new Case(label, method, path, name + "=" + bad.encoded(), body(operation), contentType(operation),
                            bad.breaksAnySchema(), write));
                } else if (in.equals("path") && !bad.encoded().isEmpty()) {
                    String at = template.replace("{" + name + "}", bad.encoded()).replace("{id}", id).replace("{n}", "1");
                    // A path segment that is not a known id or number is a 404 or a 400; a 4xx in every case.
                    cases.add(new Case(label, method, at, null, body(operation), contentType(operation), true, write));
                }
            }
        }
        if (operation.has("requestBody")) {
            String type = contentType(operation);
            for (String body : BAD_BODIES) {
                String what = body.length() > 40 ? body.substring(0, 20) + "... (" + body.length() + " chars)" : body;
                cases.add(new Case(method + " " + template + " body " + type + ": " + what, method, path, null, body, type,
                        !type.startsWith("text/"), true));
            }
            cases.add(new Case(method + " " + template + " without a key", method, path, null, "{}", type, true, false));
            cases.add(new Case(method + " " + template + " with a body of another type", method, path, null, "<a/>",
                    "application/xml", true, true));
        }
        return cases;
    }

    /** Values that break this schema: of another type, out of its range, off its pattern or enumeration, too long. */
    private static List<Bad> schemaBreakers(JsonNode schema) {
        List<Bad> bad = new ArrayList<>();
        String type = schema.path("type").asText("string");
        if (type.equals("integer")) {
            bad.add(new Bad("not a number", "abc", true));
            bad.add(new Bad("a fraction", "1.5", true));
            bad.add(new Bad("beyond 64 bits", "99999999999999999999999", true));
            bad.add(new Bad("empty", "", false));
            if (schema.has("minimum")) {
                bad.add(new Bad("below the minimum", Long.toString(schema.get("minimum").asLong() - 1), true));
            }
            if (schema.has("maximum")) {
                bad.add(new Bad("above the maximum", Long.toString(schema.get("maximum").asLong() + 1), true));
            }
        } else if (type.equals("boolean")) {
            bad.add(new Bad("not a boolean", "maybe", true));
            bad.add(new Bad("empty", "", false));
        } else {
            if (schema.has("enum")) {
                bad.add(new Bad("off the enumeration", "bogus", true));
            }
            if ("date".equals(schema.path("format").asText())) {
                bad.add(new Bad("not a date", "2022-13-45", true));
                bad.add(new Bad("a date in another form", "18/07/2022", true));
            }
            if (schema.has("pattern")) {
                bad.add(new Bad("off the pattern", enc("UPPER CASE!"), true));
            }
            if (schema.has("maxLength")) {
                bad.add(new Bad("longer than allowed", enc("y".repeat(schema.get("maxLength").asInt() + 1)), true));
            }
        }
        return bad;
    }

    private static void check(Case c) throws IOException {
        RequestSpecification request = Api.given().urlEncodingEnabled(false);
        if (c.withKey()) {
            request.header("Authorization", ADMIN);
        }
        if (c.body() != null && !c.method().equals("GET") && !c.method().equals("DELETE")) {
            request.contentType(c.contentType() + "; charset=UTF-8").body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        String url = c.path() + (c.query() == null ? "" : "?" + c.query());
        int status;
        String contentType;
        String body;
        if (isValidUri(url)) {
            Response response = request.when().request(c.method(), url);
            status = response.statusCode();
            contentType = response.contentType();
            body = response.asString();
        } else {
            // Java's HTTP clients refuse to send such a URL at all: it goes over a socket as it is.
            RawResponse response = raw(c, url);
            status = response.status();
            contentType = response.contentType();
            body = response.body();
        }
        assertTrue(status < 500, c.name() + " gave " + status + ": " + body);
        if (c.mustBe4xx()) {
            assertTrue(status >= 400, c.name() + " was accepted with " + status);
        }
        if (status >= 400 && !body.isEmpty()) {
            assertEquals("application/problem+json", contentType.split(";")[0], c.name() + ": " + body);
        }
    }

    private static boolean isValidUri(String url) {
        try {
            new java.net.URI(url);
            return true;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    record RawResponse(int status, String contentType, String body) {
    }

    private static RawResponse raw(Case c, String url) throws IOException {
        byte[] payload = c.body() == null || c.method().equals("GET") || c.method().equals("DELETE") ? new byte[0]
                : c.body().getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(c.method() + " " + url + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n");
            if (c.withKey()) {
                head.append("Authorization: ").append(ADMIN).append("\r\n");
            }
            if (payload.length > 0) {
                head.append("Content-Type: ").append(c.contentType()).append("\r\nContent-Length: ").append(payload.length).append("\r\n");
            }
            socket.getOutputStream().write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().write(payload);
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(answer.substring(9, 12));
            int end = answer.indexOf("\r\n\r\n");
            String headers = end < 0 ? answer : answer.substring(0, end);
            String type = headers.lines().filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            return new RawResponse(status, type, end < 0 ? "" : answer.substring(end + 4));
        }
    }

    private static String body(JsonNode operation) {
        String type = contentType(operation);
        return type == null ? null : type.equals("application/json") ? "{}" : "Title\n2020-01-01\nBody.";
    }

    private static String contentType(JsonNode operation) {
        JsonNode content = operation.path("requestBody").path("content");
        return content.isMissingNode() ? null : content.fieldNames().next();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
