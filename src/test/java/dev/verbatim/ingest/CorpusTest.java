package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every real page of the shared corpus (../shared/corpus, beside the project; skipped where it is
 * absent) parses to the statement structured by hand from it. The project keeps none of those
 * pages: src/test/resources/corpus/expected.ndjson holds each page's title, category, date and
 * speakers, and the SHA-256 of its text and of every question and answer.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("..", "shared", "corpus");

    static Stream<Arguments> pages() throws IOException {
        return SamplePagesTest.expected("/corpus/expected.ndjson");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void parsesAsStructuredByHand(String file, JsonNode expected) throws IOException {
        Path page = CORPUS.resolve(file);
        Assumptions.assumeTrue(Files.isRegularFile(page), "skipped: " + page + " absent (the shared corpus lies beside the project)");
        ParsedPage parsed = PageParser.parse(Files.readString(page, StandardCharsets.UTF_8));
        assertEquals(expected.get("title").asText(), parsed.title(), "title");
        assertEquals(expected.get("category").asText(), parsed.category(), "category");
        assertEquals(expected.get("language").asText(), parsed.language(), "language");
        assertEquals(expected.get("publishedDate").asText(), parsed.date().date().toString(), "date");
        assertEquals(expected.get("publishedTime").isNull() ? null : expected.get("publishedTime").asText(),
                parsed.date().hasTime() ? parsed.date().time().toString() : null, "time");
        assertEquals(expected.get("textSha256").asText(), sha256(parsed.text()), "text");
        JsonNode qa = expected.get("qa");
        assertEquals(qa.size(), parsed.qa().size(), "pairs");
        for (int i = 0; i < qa.size(); i++) {
            JsonNode pair = qa.get(i);
            String n = "pair " + (i + 1);
            assertEquals(pair.get("questionSha256").asText(), sha256(parsed.qa().get(i).question()), n + " question");
            assertEquals(pair.get("answerSha256").asText(), sha256(parsed.qa().get(i).answer()), n + " answer");
            assertEquals(pair.path("askedBy").isMissingNode() ? null : pair.get("askedBy").asText(), parsed.qa().get(i).askedBy(), n + " askedBy");
            assertEquals(pair.path("answeredBy").isMissingNode() ? null : pair.get("answeredBy").asText(), parsed.qa().get(i).answeredBy(),
                    n + " answeredBy");
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
