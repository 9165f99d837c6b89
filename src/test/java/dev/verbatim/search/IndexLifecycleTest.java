package dev.verbatim.search;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.statement.StatementRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The index follows every write, and whatever happens to it (deleted, corrupted, a crash between
 * the database's commit and its own) it is brought level with the database again. Compared a few
 * statements at a time here, so that every comparison runs over many pages, as with a million.
 */
@QuarkusTest
@TestProfile(IndexLifecycleTest.SmallPages.class)
class IndexLifecycleTest {

    public static class SmallPages implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.search.reconcile-page-size", "3", "verbatim.search.rebuild-batch-size", "2");
        }
    }

    private static final String ADMIN = "Bearer test-admin-key-of-at-least-32-characters";

    @Inject
    SearchIndex index;

    @Inject
    IndexSync sync;

    @Inject
    StatementRepository statements;

    @Inject
    EntityManager entities;

    @BeforeEach
    void corpus() {
        SearchCorpus.load();
    }

    private static String importPage(String word, String url) {
        String page = "Statement on " + word + "\n1999-06-01 10:00\n\nQ : What about " + word + "?\nR : We take note of "
                + word + ".\n";
        return given().header("Authorization", ADMIN).contentType("text/plain; charset=UTF-8")
                .queryParam("issuer", "Search Lifecycle Office").queryParam("timeZone", "Europe/Paris").queryParam("sourceUrl", url)
                .body(page.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when().post("/api/v1/imports")
                .then().statusCode(org.hamcrest.Matchers.either(is(200)).or(is(201))).extract().path("id");
    }

    private static long found(String q) {
        return given().queryParam("q", q).when().get("/api/v1/statements").then().statusCode(200).extract()
                .<Integer>path("total").longValue();
    }

    @Test
    void anImportIsSearchableAtOnceAndAChangedPageReplacesWhatWasIndexed() {
        String id = importPage("zanzibarword", "https://example.org/lifecycle/1");
        assertEquals(1, found("zanzibarword"));
        given().queryParam("q", "zanzibarword").when().get("/api/v1/qa")
                .then().statusCode(200).body("items[0].statement.id", equalTo(id)).body("items[0].n", is(1));

        String same = importPage("quixoticword", "https://example.org/lifecycle/1");
        assertEquals(id, same, "the same sourceUrl updates the statement");
        assertEquals(0, found("zanzibarword"));
        assertEquals(1, found("quixoticword"));
    }

    @Test
    void theIndexIsRebuiltFromTheDatabaseAfterItsFolderIsDeleted() throws IOException {
        index.close();
        deleteTree(index.path());
        index.open();
        assertTrue(index.startedEmpty());
        assertEquals(0, found("cyberattaque"), "the new index is empty until filled");

        sync.reconcile(done -> {
        });

        assertEquals(2, given().queryParam("q", "cyberattaque").queryParam("issuer", SearchCorpus.ISSUER)
                .when().get("/api/v1/statements").then().extract().<Integer>path("total"));
        assertIndexAgreesWithTheDatabase();
    }

    @Test
    void anUnreadableIndexIsStartedAfreshAndRefilled() throws IOException {
        index.close();
        try (Stream<Path> files = Files.list(index.path())) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("segments")).toList()) {
                Files.write(file, new byte[] { 1, 2, 3, 4, 5, 6, 7, 8 });
            }
        }
        index.open();
        assertTrue(index.startedEmpty());
        sync.reconcile(done -> {
        });
        assertIndexAgreesWithTheDatabase();
        assertEquals(1, found("網絡攻擊 OR 网络攻击"));
    }

    @Test
    void afterACrashTheIndexIsBroughtLevelWithTheDatabase() throws IOException {
        // Committed to the index but not to the database: a statement that does not exist.
        IndexedStatement phantom = new IndexedStatement("phantomstatement", "en", "search-lifecycle-office", "Phantom ghostlyword", "",
                List.of(), Instant.parse("1999-01-01T00:00:00Z"), LocalDate.of(1999, 1, 1), Instant.now());
        index.apply(List.of(phantom), List.of());
        // Committed to the database but not to the index: a changed title, and a statement missing from the index.
        String changed = importPage("harbourword", "https://example.org/lifecycle/changed");
        QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("update statement set title = 'Statement on harbourword and lighthouses', updated_at = ?1 where id = ?2")
                .setParameter(1, Instant.now()).setParameter(2, changed).executeUpdate());
        String missing = importPage("shippinglaneword", "https://example.org/lifecycle/missing");
        index.apply(List.of(), List.of(missing));
        Path committed = lastCommit();
        // Applied to the index but never committed there when the process dies.
        String late = importPage("belatedword", "https://example.org/lifecycle/late");
        crashBackTo(committed);

        assertFalse(index.startedEmpty());
        assertEquals(0, found("belatedword"), "what the index had not committed is lost with the crash");
        assertEquals(1, found("ghostlyword"));

        sync.reconcile(done -> {
        });

        assertIndexAgreesWithTheDatabase();
        assertTrue(io.restassured.RestAssured.get("/q/metrics").asString().contains("verbatim_search_repairs_total{repair=\"removed\"}"),
                "what reconciliation repaired is counted");
        assertEquals(0, found("ghostlyword"));
        assertEquals(1, found("lighthouses"));
        assertEquals(1, found("belatedword"));
        given().queryParam("q", "belatedword").when().get("/api/v1/statements").then().body("items[0].id", equalTo(late));
        given().queryParam("q", "shippinglaneword").when().get("/api/v1/statements").then().body("items[0].id", equalTo(missing));
    }

    @Test
    void aBulkLoadEndsInAFewSegmentsThatFindWhatTheManyFound() {
        for (int i = 0; i < 8; i++) {
            importPage("segmentword" + i, "https://example.org/lifecycle/segments/" + i);
            assertEquals(1, found("segmentword" + i), "each search after a write opens a reader on a new segment");
        }
        int before = segments();
        index.mergeAfterLoad(SearchIndex.MERGE_AFTER - 1);
        assertEquals(before, segments(), "a small load is left to the merge policy");

        index.mergeAfterLoad(SearchIndex.MERGE_AFTER);
        assertTrue(segments() <= SearchIndex.SEGMENTS_AFTER_LOAD);
        for (int i = 0; i < 8; i++) {
            assertEquals(1, found("segmentword" + i));
        }
        assertIndexAgreesWithTheDatabase();
    }

    @Test
    void everySegmentKeepsItsDocumentsByKindThenLanguage() {
        importPage("orderword", "https://example.org/lifecycle/order");
        List<String> problems = index.read(searcher -> {
            List<String> found = new ArrayList<>();
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                if (!SearchIndex.ORDER.equals(leaf.reader().getMetaData().getSort())) {
                    found.add(leaf + " is not sorted by kind and language");
                }
                SortedDocValues kinds = DocValues.getSorted(leaf.reader(), Fields.KIND);
                SortedDocValues languages = DocValues.getSorted(leaf.reader(), Fields.LANGUAGE);
                String previous = "";
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    assertTrue(kinds.advanceExact(doc) && languages.advanceExact(doc));
                    String order = kinds.lookupOrd(kinds.ordValue()).utf8ToString() + " " + languages.lookupOrd(languages.ordValue()).utf8ToString();
                    if (order.compareTo(previous) < 0) {
                        found.add(leaf + ": " + order + " after " + previous);
                    }
                    previous = order;
                }
            }
            return found;
        });
        assertEquals(List.of(), problems);
    }

    private int segments() {
        return index.read(searcher -> searcher.getIndexReader().leaves().size());
    }

    private void assertIndexAgreesWithTheDatabase() {
        Map<String, Long> stored = new HashMap<>();
        QuarkusTransaction.requiringNew().call(() -> statements.liveStoredAfter(null, Integer.MAX_VALUE))
                .forEach((id, at) -> stored.put(id, at.toEpochMilli()));
        List<String> indexed = new ArrayList<>();
        index.eachIndexed(3, indexed::addAll);
        assertEquals(stored.size(), indexed.size(), "each statement once");
        assertEquals(stored, index.storedAt(indexed));
    }

    /** A copy of the index's files as of a commit made now: what a crash from here on leaves on disk. */
    private Path lastCommit() throws IOException {
        index.commit();
        Path copy = Files.createTempDirectory("index-commit");
        copyIndex(index.path(), copy);
        return copy;
    }

    /** The process dies: the index is closed, and what is on disk is what was last committed. */
    private void crashBackTo(Path committed) throws IOException {
        index.close();
        deleteTree(index.path());
        Files.createDirectories(index.path());
        copyIndex(committed, index.path());
        deleteTree(committed);
        index.open();
    }

    private static void copyIndex(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
