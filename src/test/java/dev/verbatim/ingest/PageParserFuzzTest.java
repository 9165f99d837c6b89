package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.verbatim.api.ProblemException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeAll;

/**
 * Fuzzing the page parsers with Jazzer. Whatever the bytes, parsing gives a page (fields may be
 * missing, which the importer answers with its documented 422) and never throws; and every input
 * is parsed in bounded time, so no input can hold a worker (no catastrophic backtracking).
 *
 * <p>In an ordinary test run each method replays its seeds (under
 * {@code src/test/resources/dev/verbatim/ingest/PageParserFuzzTestInputs}); {@code .ci/run} also
 * fuzzes each for a while with {@code JAZZER_FUZZ=1}.
 */
class PageParserFuzzTest {

    /** Far above what any page takes (a 200-pair transcript parses in about 5 ms). */
    private static final long BOUND_NANOS = 2_000_000_000L;

    /**
     * The parsers' classes are loaded once, before any input is timed: loading them (month names of
     * eleven languages, stop lists, the HTML parser) is no input's cost, and under the fuzzer's
     * instrumentation it can take longer than the bound by itself.
     */
    @BeforeAll
    static void loadTheParsers() {
        PageParser.parse(HtmlPage.render("<p>Q: 2022-07-18?</p>".getBytes(StandardCharsets.UTF_8)));
        DateFinder.find("18 juillet 2022");
    }

    @FuzzTest(maxDuration = "20s")
    void pageTextAlwaysParses(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        long start = System.nanoTime();
        ParsedPage page = parse(text);
        assertNotNull(page.qa());
        assertTrue(System.nanoTime() - start < BOUND_NANOS, "parsing took too long for " + text.length() + " characters");
    }

    @FuzzTest(maxDuration = "20s")
    void htmlPagesAlwaysParse(FuzzedDataProvider data) {
        byte[] html = data.consumeRemainingAsBytes();
        long start = System.nanoTime();
        String text = HtmlPage.toText(html);
        ParsedPage page = parse(text);
        assertNotNull(page.qa());
        assertTrue(System.nanoTime() - start < BOUND_NANOS, "parsing took too long for " + html.length + " bytes");
    }

    @FuzzTest(maxDuration = "20s")
    void datesAreFoundOrNotNeverThrown(FuzzedDataProvider data) {
        String line = data.consumeRemainingAsString();
        long start = System.nanoTime();
        DateFinder.find(line);
        assertTrue(System.nanoTime() - start < BOUND_NANOS, "dating took too long for " + line.length() + " characters");
    }

    /** The parser, where only the importer's documented problem may escape, and even that is not expected here. */
    private static ParsedPage parse(String text) {
        try {
            return PageParser.parse(text);
        } catch (ProblemException documented) {
            throw new AssertionError("the parser itself never refuses a page: the importer does, with a 422", documented);
        }
    }
}
