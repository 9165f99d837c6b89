package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every bundled sample page (src/main/resources/sample/pages: the project's seed page and
 * statements written for the project) parses to the statement structured from it
 * (src/test/resources/sample/expected.ndjson): title, category, date, text and every pair.
 */
class SamplePagesTest {

    static Stream<Arguments> pages() throws IOException {
        return expected("/sample/expected.ndjson");
    }

    /** Each line of a test resource of JSON lines, with the file it describes. */
    static Stream<Arguments> expected(String resource) throws IOException {
        List<Arguments> pages = new ArrayList<>();
        try (InputStream in = SamplePagesTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    JsonNode expected = new ObjectMapper().readTree(line);
                    pages.add(Arguments.of(expected.get("file").asText(), expected));
                }
            }
        }
        return pages.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void parsesAsStructuredByHand(String file, JsonNode expected) throws IOException {
        String text;
        try (InputStream in = getClass().getResourceAsStream("/sample/pages/" + file)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ParsedPage page = PageParser.parse(text);
        assertEquals(expected.get("title").asText(), page.title(), "title");
        assertEquals(expected.get("category").asText(), page.category(), "category");
        assertEquals(expected.get("language").asText(), page.language(), "language");
        assertEquals(expected.get("publishedDate").asText(), page.date().date().toString(), "date");
        assertEquals(expected.get("publishedTime").isNull() ? null : expected.get("publishedTime").asText(),
                page.date().hasTime() ? page.date().time().toString() : null, "time");
        assertEquals(expected.get("text").asText(), page.text(), "text");
        JsonNode qa = expected.get("qa");
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < qa.size(); i++) {
            numbers.add("pair " + (i + 1));
        }
        assertEquals(qa.size(), page.qa().size(), "pairs");
        for (int i = 0; i < qa.size(); i++) {
            JsonNode pair = qa.get(i);
            assertEquals(pair.get("question").asText(), page.qa().get(i).question(), numbers.get(i) + " question");
            assertEquals(pair.get("answer").asText(), page.qa().get(i).answer(), numbers.get(i) + " answer");
            assertEquals(pair.path("askedBy").isMissingNode() ? null : pair.get("askedBy").asText(), page.qa().get(i).askedBy(),
                    numbers.get(i) + " askedBy");
            assertEquals(pair.path("answeredBy").isMissingNode() ? null : pair.get("answeredBy").asText(),
                    page.qa().get(i).answeredBy(), numbers.get(i) + " answeredBy");
        }
    }
}
