package dev.verbatim.search;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.verbatim.statement.Issuer;
import dev.verbatim.statement.QaContent;
import dev.verbatim.statement.Statement;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * What another instance on the same database writes (or the import command) reaches this one
 * through the change feed alone: here it is written as such an instance writes it, the statement
 * and its entry in the feed in one transaction, and no event of this process says so. Within a
 * second, searches, Q&amp;A search, lists, totals, facets and the archive of this instance agree
 * with it: its creation, its correction and its withdrawal.
 */
@QuarkusTest
class FeedFollowingTest {

    private static final Logger LOG = Logger.getLogger(FeedFollowingTest.class);
    private static final Duration LAG = Duration.ofSeconds(1);
    private static final List<Long> LAGS = new ArrayList<>();

    @Inject
    EntityManager entities;

    @Inject
    SearchIndex index;

    @Inject
    FeedFollower follower;

    @Inject
    IndexSource statements;

    @Inject
    ChangeSource feed;

    @Inject
    SearchConfig config;

    @Test
    void aStatementCreatedCorrectedAndWithdrawnElsewhereIsFollowedWithinASecond() {
        String word = "remoteword" + suffix();
        String issuer = "remote-office-" + suffix();
        // Read twice, so that the server keeps them rendered: following must make it forget them.
        for (int i = 0; i < 2; i++) {
            total("/api/v1/statements?issuer=" + issuer);
            total("/api/v1/archive?issuer=" + issuer);
            total("/api/v1/statements?q=" + word);
        }

        String id = inTransaction(() -> create(issuer, word));
        lagUntil(() -> total("/api/v1/statements?q=" + word) == 1);
        assertEquals(1, total("/api/v1/qa?q=" + word));
        assertEquals(1, total("/api/v1/statements?issuer=" + issuer));
        assertEquals(1, total("/api/v1/archive?issuer=" + issuer));
        JsonPath found = given().queryParam("q", word).queryParam("facets", "true").when().get("/api/v1/statements")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(id, found.getString("items[0].id"));
        assertTrue(found.getList("items[0].highlights", String.class).stream().anyMatch(h -> h.contains("<mark>" + word + "</mark>")));
        assertEquals(1, found.getInt("facets.issuer.find { it.value == '" + issuer + "' }.count"));

        String corrected = "amendedword" + suffix();
        inTransaction(() -> correct(id, corrected));
        lagUntil(() -> total("/api/v1/statements?q=" + corrected) == 1);
        assertEquals(0, total("/api/v1/statements?q=" + word));
        assertEquals(0, total("/api/v1/qa?q=" + word), "the old words are found nowhere");
        given().queryParam("q", corrected).when().get("/api/v1/qa").then().statusCode(200)
                .body("items[0].answer", org.hamcrest.Matchers.containsString(corrected))
                .body("items[0].highlights", hasItem(org.hamcrest.Matchers.containsString("<mark>" + corrected + "</mark>")));

        inTransaction(() -> withdraw(id));
        lagUntil(() -> total("/api/v1/statements?q=" + corrected) == 0);
        assertEquals(0, total("/api/v1/statements?issuer=" + issuer));
        assertEquals(0, total("/api/v1/qa?q=" + corrected));
        assertEquals(0, total("/api/v1/archive?issuer=" + issuer));
        given().when().get("/api/v1/statements/" + id).then().statusCode(410);
        given().queryParam("issuer", issuer).queryParam("facets", "true").when().get("/api/v1/statements")
                .then().statusCode(200).body("total", org.hamcrest.Matchers.is(0));
    }

    @Test
    void aChangeCommittedAfterOneNumberedAfterItIsNotPassedOver() {
        String issuer = "late-office-" + suffix();
        String early = "earlyword" + suffix();
        String late = "lateword" + suffix();
        // Two positions taken at once; the later one commits first, the earlier one after it, as
        // two instances numbering their changes from a sequence could.
        long first = inTransaction(() -> {
            entities.createNativeQuery("update change_counter set last_seq = last_seq + 2 where id = 1").executeUpdate();
            return ((Number) entities.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult()).longValue() - 1;
        });
        inTransaction(() -> {
            Statement statement = statement(issuer, late);
            entities.persist(statement);
            entities.flush();
            logAt(first + 1, statement, "created");
            return null;
        });
        lagUntil(() -> total("/api/v1/statements?q=" + late) == 1);
        inTransaction(() -> {
            Statement statement = statement(issuer, early);
            entities.persist(statement);
            entities.flush();
            logAt(first, statement, "created");
            return null;
        });
        lagUntil(() -> total("/api/v1/statements?q=" + early) == 1);
        awaitFollowedPast(first + 1);
    }

    @Test
    void theIndexsCommitsSayHowFarItFollowedAndARestartResumesThere() throws IOException {
        String id = inTransaction(() -> create("resume-office-" + suffix(), "resumeword" + suffix()));
        long head = feed.head();
        awaitFollowedPast(head);
        index.close();
        index.open();
        assertTrue(index.followed() >= head, "the last commit says the feed was followed to " + index.followed() + ", not " + head);
        FeedFollower restarted = new FeedFollower(index, statements, feed, config);
        restarted.start();
        assertEquals(index.followed(), restarted.position(), "a new follower starts where the commit says");
        assertEquals(1, total("/api/v1/statements?q=resumeword*&issuer=" + issuerOf(id)));
    }

    private void awaitFollowedPast(long position) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (follower.position() < position && System.nanoTime() < deadline) {
            sleep(20);
        }
        assertTrue(follower.position() >= position, "followed to " + follower.position() + ", not past " + position);
    }

    @AfterAll
    static void report() {
        List<Long> sorted = LAGS.stream().sorted().toList();
        if (!sorted.isEmpty()) {
            LOG.infof("Seen here at most this long after a write elsewhere: %s ms (max %d ms)", sorted, sorted.get(sorted.size() - 1));
        }
    }

    private String create(String issuerId, String word) {
        Statement statement = statement(issuerId, word);
        entities.persist(statement);
        entities.flush();
        log(statement, "created");
        return statement.id;
    }

    private Statement statement(String issuerId, String word) {
        takeWritersTurn();
        Issuer issuer = entities.find(Issuer.class, issuerId);
        if (issuer == null) {
            issuer = new Issuer(issuerId, issuerId, ZoneId.of("UTC"));
            entities.persist(issuer);
        }
        Instant now = Instant.now();
        String id = suffix() + suffix();
        Statement statement = new Statement(id, now);
        statement.slug = "remote-" + id;
        statement.title = "A statement written elsewhere on " + word;
        statement.language = "en";
        statement.issuer = issuer;
        statement.publish(Instant.parse("1997-05-04T10:00:00Z"), ZoneId.of("UTC"));
        statement.text = "It says " + word + " once.";
        statement.replaceQa(List.of(new QaContent("What about " + word + "?", "We take note of " + word + ".", null, null)));
        return statement;
    }

    private Void correct(String id, String word) {
        takeWritersTurn();
        Statement statement = entities.find(Statement.class, id);
        statement.title = "A statement corrected elsewhere on " + word;
        statement.text = "It now says " + word + " instead.";
        statement.replaceQa(List.of(new QaContent("What about " + word + "?", "We take note of " + word + ".", null, null)));
        statement.updatedAt = Instant.now();
        entities.flush();
        log(statement, "updated");
        return null;
    }

    private Void withdraw(String id) {
        takeWritersTurn();
        Statement statement = entities.find(Statement.class, id);
        statement.withdrawnAt = Instant.now();
        statement.updatedAt = statement.withdrawnAt;
        entities.flush();
        log(statement, "deleted");
        return null;
    }

    private String issuerOf(String id) {
        return inTransaction(() -> entities.find(Statement.class, id).issuer.id);
    }

    private void takeWritersTurn() {
        entities.createNativeQuery("update change_counter set last_seq = last_seq where id = 1").executeUpdate();
    }

    /** The change's entry in the feed, numbered as ChangeLog numbers them. */
    private void log(Statement statement, String kind) {
        entities.createNativeQuery("update change_counter set last_seq = last_seq + 1 where id = 1").executeUpdate();
        long seq = ((Number) entities.createNativeQuery("select last_seq from change_counter where id = 1").getSingleResult()).longValue();
        logAt(seq, statement, kind);
    }

    private void logAt(long seq, Statement statement, String kind) {
        entities.createNativeQuery("insert into statement_change (seq, statement_id, kind, version, changed_at) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, seq).setParameter(2, statement.id).setParameter(3, kind).setParameter(4, statement.version)
                .setParameter(5, Instant.now().atOffset(java.time.ZoneOffset.UTC)).executeUpdate();
    }

    private static <T> T inTransaction(java.util.concurrent.Callable<T> work) {
        return QuarkusTransaction.requiringNew().call(work);
    }

    /**
     * Asks again and again until a reader sees what it should: no read begun more than {@link #LAG}
     * after the commit may still miss it. The lag lies between the start of the last read that
     * missed it and the end of the first that saw it; the latter is kept for the report.
     */
    private static void lagUntil(BooleanSupplier seen) {
        long committed = System.nanoTime();
        long missedAt = 0;
        long deadline = committed + 5 * LAG.toNanos();
        while (true) {
            long asked = System.nanoTime();
            if (seen.getAsBoolean()) {
                break;
            }
            missedAt = asked - committed;
            assertTrue(System.nanoTime() < deadline, "not seen after " + 5 * LAG.toMillis() + " ms");
            sleep(10);
        }
        long seenBy = (System.nanoTime() - committed) / 1_000_000;
        LAGS.add(seenBy);
        assertTrue(missedAt <= LAG.toNanos(), "a read begun " + missedAt / 1_000_000 + " ms after the commit still missed it");
    }

    private static long total(String path) {
        return given().when().get(path).then().statusCode(200).extract().<Integer>path("total").longValue();
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
