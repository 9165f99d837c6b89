package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Two packaged instances on one fresh PostgreSQL database, as an operator runs them behind a load
 * balancer: what is written through one (creates, corrections, withdrawals, an import) is read
 * through the other, with the lag measured; together they allow a key its limit, not twice; and
 * after one is killed mid-import, the survivor and the restarted one agree with the database.
 * PostgreSQL only: the embedded database belongs to one process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "verbatim.it.jdbc-url", matches = ".+", disabledReason = "TwoInstancesIT runs against PostgreSQL "
        + "only (mvn verify -Ppostgres): several instances cannot share the embedded database")
class TwoInstancesIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long KEY_LIMIT = 300;
    private static final long FAILURE_LIMIT = 20;
    /** How long the other instance is given to show a write before the check counts as failed. */
    private static final Duration GIVEN = Duration.ofSeconds(20);
    /** The address of the client whose failed authentications are counted (documentation range, RFC 5737). */
    private static final String GUESSER = "203.0.113.9";
    private static final String[] VIEWS_FROM_THE_DATABASE = { "get", "list", "feed", "archive" };

    private final String run = Long.toString(System.nanoTime() % 1_000_000);
    private final String issuer = "two-instances-office-" + run;
    private String database;
    private String jdbc;
    private Path work;
    private PackagedServer a;
    private PackagedServer b;
    private Scenario scenario;
    /** Where the change feed stood before the scenario's writes. */
    private String feedFrom;

    @BeforeAll
    void twoInstancesOnAFreshDatabase() throws Exception {
        String base = System.getProperty("verbatim.it.jdbc-url", "");
        database = "verbatim_two_instances_" + run;
        String server = base.substring(0, base.lastIndexOf('/') + 1);
        try (Connection admin = DriverManager.getConnection(server + "postgres", user(), null)) {
            admin.createStatement().execute("create database " + database);
        }
        jdbc = server + database;
        work = Files.createDirectories(Path.of(System.getProperty("verbatim.it.work")));
        a = instance("a");
        b = instance("b");
        // Both start together on the empty database: one migrates, the other waits for it.
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> start(a));
        start(b);
        first.join();
    }

    @AfterAll
    void stopAndDrop() throws Exception {
        for (PackagedServer server : new PackagedServer[] { a, b }) {
            if (server != null) {
                server.close();
            }
        }
        if (database != null) {
            String server = jdbc.substring(0, jdbc.lastIndexOf('/') + 1);
            try (Connection admin = DriverManager.getConnection(server + "postgres", user(), null)) {
                admin.createStatement().execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    @Test
    void theOtherInstanceServesEveryWriteFromTheDatabase() throws Exception {
        Scenario done = scenario();
        for (String view : VIEWS_FROM_THE_DATABASE) {
            assertEquals(List.of(), done.missed(view), view + ": checks the other instance never passed within " + GIVEN);
        }
        for (PackagedServer server : new PackagedServer[] { a, b }) {
            long rows = rows("select count(*) from statement where issuer_id = ? and withdrawn_at is null", issuer);
            assertEquals(rows, total(server, "/api/v1/statements?issuer=" + issuer), "list total = rows");
            assertEquals(rows, total(server, "/api/v1/archive?issuer=" + issuer), "archive total = rows");
        }
    }

    @Test
    @Disabled("until the change-feed follower of issue 23 lands")
    void everyReaderOfTheOtherInstanceIsCurrentWithinASecond() throws Exception {
        Scenario done = scenario();
        for (String view : done.lags.keySet()) {
            assertEquals(List.of(), done.missed(view), view + ": checks the other instance never passed within " + GIVEN);
            assertTrue(done.percentile(view, 99) <= 1000, view + ": p99 " + done.percentile(view, 99) + " ms");
        }
        for (PackagedServer server : new PackagedServer[] { a, b }) {
            long rows = rows("select count(*) from statement where issuer_id = ? and withdrawn_at is null", issuer);
            assertEquals(rows, total(server, "/api/v1/statements?issuer=" + issuer + "&q=common" + run), "search total = rows");
        }
    }

    @Test
    void togetherTheInstancesAllowAKeyItsLimitNotTwice() throws Exception {
        HttpResponse<String> created = a.post("/api/v1/keys", "application/json",
                "{\"name\":\"two instances\",\"role\":\"reader\"}".getBytes(StandardCharsets.UTF_8));
        assertEquals(201, created.statusCode(), created.body());
        String secret = JSON.readTree(created.body()).get("secret").asText();

        long started = System.nanoTime();
        int allowed = 0;
        for (int i = 0; i < KEY_LIMIT * 3 / 2; i++) {
            int status = send(i % 2 == 0 ? a : b, "/api/v1/issuers", "Bearer " + secret).statusCode();
            assertTrue(status == 200 || status == 429, "status " + status);
            allowed += status == 200 ? 1 : 0;
        }
        long refilled = refilled(KEY_LIMIT, started);
        System.out.printf("Shared rate limit: %d of %d requests with one key through two instances allowed (limit %d a minute, %d refilled)%n",
                allowed, KEY_LIMIT * 3 / 2, KEY_LIMIT, refilled);
        assertTrue(allowed >= KEY_LIMIT && allowed <= KEY_LIMIT + refilled + 1, "allowed " + allowed);

        started = System.nanoTime();
        int unauthorized = 0;
        for (int i = 0; i < FAILURE_LIMIT * 2; i++) {
            int status = send(i % 2 == 0 ? a : b, "/api/v1/issuers", "Bearer guessed-" + i).statusCode();
            assertTrue(status == 401 || status == 429, "status " + status);
            unauthorized += status == 401 ? 1 : 0;
        }
        refilled = refilled(FAILURE_LIMIT, started);
        assertTrue(unauthorized >= FAILURE_LIMIT && unauthorized <= FAILURE_LIMIT + refilled + 1, "401s " + unauthorized);
    }

    @Test
    void afterAKillMidImportTheSurvivorAndTheRestartedAgreeWithTheDatabase() throws Exception {
        killMidImportThenCompare("killed", false);
    }

    @Test
    @Disabled("until the change-feed follower of issue 23 lands")
    void afterAKillMidImportTheSurvivorSearchesWhatTheKilledOneStored() throws Exception {
        killMidImportThenCompare("searched", true);
    }

    /** Kills A mid-import, compares B (its search too, if asked) with the database, then A once restarted. */
    private void killMidImportThenCompare(String word, boolean survivorSearches) throws Exception {
        String office = word + "-import-office-" + run;
        long rows = killMidImport(office, word + run);
        try {
            awaitAgreement(b, office, rows, "the survivor", survivorSearches);
        } finally {
            a.start();
        }
        awaitAgreement(a, office, rows, "the restarted instance", true);
    }

    /** Imports a large batch through A and kills A with it half done; answers how many statements were stored. */
    private long killMidImport(String office, String word) throws Exception {
        byte[] batch = statements(office.replace('-', ' '), word, 3000).getBytes(StandardCharsets.UTF_8);
        CompletableFuture<Void> importing = CompletableFuture.runAsync(() -> {
            try {
                a.post("/api/v1/imports", "application/x-ndjson", batch);
            } catch (Exception e) {
                // the connection dies with the server: expected
            }
        });
        long stored = 0;
        for (int i = 0; i < 600 && stored < 500; i++) {
            Thread.sleep(50);
            stored = rows("select count(*) from statement where issuer_id = ?", office);
        }
        a.kill();
        importing.handle((ok, failed) -> null).join();
        long rows = rows("select count(*) from statement where issuer_id = ?", office);
        assertTrue(rows >= 500 && rows < 3000, "killed in the middle: " + rows);
        return rows;
    }

    /** List and archive totals equal the rows (within the cache's life), and so does search when asked. */
    private void awaitAgreement(PackagedServer server, String office, long rows, String who, boolean search) throws Exception {
        String word = office.substring(0, office.indexOf('-')) + run;
        long deadline = System.nanoTime() + GIVEN.toNanos();
        long listed = -1;
        long searched = search ? -1 : rows;
        while (System.nanoTime() < deadline && (listed != rows || searched != rows)) {
            listed = total(server, "/api/v1/statements?issuer=" + office);
            searched = search ? total(server, "/api/v1/statements?issuer=" + office + "&q=" + word) : rows;
            Thread.sleep(200);
        }
        assertEquals(rows, listed, who + ": list total = rows");
        assertEquals(rows, total(server, "/api/v1/archive?issuer=" + office), who + ": archive total = rows");
        assertEquals(rows, searched, who + ": search total = rows");
    }

    /** The writes, through each instance in turn, and what the other showed of each, when. */
    private synchronized Scenario scenario() throws Exception {
        if (scenario != null) {
            return scenario;
        }
        Scenario checks = new Scenario();
        feedFrom = end(a);
        List<String> ids = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            int i = n;
            PackagedServer writer = i % 2 == 0 ? a : b;
            PackagedServer reader = other(writer);
            HttpResponse<String> created = writer.post("/api/v1/statements", "application/json", statement(i).getBytes(StandardCharsets.UTF_8));
            assertEquals(201, created.statusCode(), created.body());
            String id = JSON.readTree(created.body()).get("id").asText();
            ids.add(id);
            long at = System.nanoTime();
            checks.add("get", at, () -> reader.get("/api/v1/statements/" + id).statusCode() == 200);
            checks.add("list", at, () -> listed(reader, "/api/v1/statements?limit=100&issuer=" + issuer).contains(id));
            checks.add("feed", at, () -> feed(reader).contains("created " + id));
            checks.add("search", at, () -> listed(reader, "/api/v1/statements?q=alpha" + run + "x" + i).equals(Set.of(id)));
            checks.add("qa", at, () -> total(reader, "/api/v1/qa?in=answer&q=answer" + run + "x" + i) == 1);
            checks.follow();
        }
        for (int i = 0; i < 2; i++) {
            correct(checks, i % 2 == 0 ? b : a, ids.get(i), i);
        }
        for (int i = 2; i < 4; i++) {
            withdraw(checks, i % 2 == 0 ? a : b, ids.get(i), i);
        }
        importThrough(checks, b, a);
        checks.await();
        checks.print();
        scenario = checks;
        return scenario;
    }

    private void correct(Scenario checks, PackagedServer writer, String id, int i) throws Exception {
        PackagedServer reader = other(writer);
        HttpResponse<String> current = writer.get("/api/v1/statements/" + id);
        String tag = current.headers().firstValue("ETag").orElseThrow();
        String corrected = statement(i).replace("alpha" + run, "beta" + run).replace("answer" + run, "reply" + run);
        HttpResponse<String> put = writer.send(HttpRequest.newBuilder(URI.create(writer.base() + "/api/v1/statements/" + id))
                .header("Authorization", "Bearer " + PackagedServer.ADMIN_KEY).header("If-Match", tag)
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(corrected)).build());
        assertEquals(200, put.statusCode(), put.body());
        long at = System.nanoTime();
        checks.add("get", at, () -> reader.get("/api/v1/statements/" + id).body().contains("beta" + run + "x" + i));
        checks.add("feed", at, () -> feed(reader).contains("updated " + id));
        checks.add("search", at, () -> listed(reader, "/api/v1/statements?q=beta" + run + "x" + i).equals(Set.of(id))
                && listed(reader, "/api/v1/statements?q=alpha" + run + "x" + i).isEmpty());
        checks.add("qa", at, () -> total(reader, "/api/v1/qa?in=answer&q=reply" + run + "x" + i) == 1
                && total(reader, "/api/v1/qa?in=answer&q=answer" + run + "x" + i) == 0);
        checks.follow();
    }

    private void withdraw(Scenario checks, PackagedServer writer, String id, int i) throws Exception {
        PackagedServer reader = other(writer);
        assertEquals(204, writer.delete("/api/v1/statements/" + id).statusCode());
        long at = System.nanoTime();
        checks.add("get", at, () -> reader.get("/api/v1/statements/" + id).statusCode() == 410);
        checks.add("list", at, () -> !listed(reader, "/api/v1/statements?limit=100&issuer=" + issuer).contains(id)
                && total(reader, "/api/v1/statements?issuer=" + issuer) == live());
        checks.add("archive", at, () -> total(reader, "/api/v1/archive?issuer=" + issuer) == live());
        checks.add("feed", at, () -> feed(reader).contains("deleted " + id));
        checks.add("search", at, () -> listed(reader, "/api/v1/statements?q=alpha" + run + "x" + i).isEmpty()
                && total(reader, "/api/v1/statements?issuer=" + issuer + "&q=common" + run) == live());
        checks.add("qa", at, () -> total(reader, "/api/v1/qa?in=answer&q=answer" + run + "x" + i) == 0);
        checks.follow();
    }

    private void importThrough(Scenario checks, PackagedServer writer, PackagedServer reader) throws Exception {
        String office = "imported-office-" + run;
        HttpResponse<String> imported = writer.post("/api/v1/imports", "application/x-ndjson",
                statements("Imported Office " + run, "imported" + run, 5).getBytes(StandardCharsets.UTF_8));
        assertEquals(200, imported.statusCode(), imported.body());
        assertEquals(5, JSON.readTree(imported.body()).get("created").asInt(), imported.body());
        long at = System.nanoTime();
        checks.add("list", at, () -> total(reader, "/api/v1/statements?issuer=" + office) == 5);
        checks.add("archive", at, () -> total(reader, "/api/v1/archive?issuer=" + office) == 5);
        checks.add("search", at, () -> total(reader, "/api/v1/statements?q=imported" + run) == 5);
        checks.add("qa", at, () -> total(reader, "/api/v1/qa?in=question&q=second&issuer=" + office) == 5);
        checks.follow();
    }

    /**
     * Checks of what a reader sees, each polled until it holds; its lag is the time from the write's
     * answer. The checks of a write are polled alone, at once, for {@link #CLOSELY}, so that their
     * lag is measured to the tens of milliseconds; those still failing then are polled with all the
     * others left, more coarsely, until {@link #GIVEN} has passed.
     */
    private static final class Scenario {
        private static final Duration CLOSELY = Duration.ofSeconds(2);

        private record Check(String view, long writtenAt, Callable<Boolean> holds) {
        }

        private final List<Check> fresh = new ArrayList<>();
        private final List<Check> pending = new ArrayList<>();
        private final Map<String, List<Long>> lags = new TreeMap<>();
        private final Map<String, List<String>> missed = new TreeMap<>();

        void add(String view, long writtenAt, Callable<Boolean> holds) {
            lags.computeIfAbsent(view, any -> new ArrayList<>());
            fresh.add(new Check(view, writtenAt, holds));
        }

        /** Polls the checks of the last write until they hold or {@link #CLOSELY} has passed. */
        void follow() throws Exception {
            long until = System.nanoTime() + CLOSELY.toNanos();
            while (!fresh.isEmpty() && System.nanoTime() < until) {
                poll(fresh);
                Thread.sleep(10);
            }
            pending.addAll(fresh);
            fresh.clear();
        }

        void await() throws Exception {
            while (!pending.isEmpty()) {
                poll(pending);
                Thread.sleep(20);
            }
        }

        private void poll(List<Check> checks) throws Exception {
            for (Check check : List.copyOf(checks)) {
                long now = System.nanoTime();
                if (check.holds().call()) {
                    lags.get(check.view()).add((System.nanoTime() - check.writtenAt()) / 1_000_000);
                    checks.remove(check);
                } else if (now - check.writtenAt() > GIVEN.toNanos()) {
                    missed.computeIfAbsent(check.view(), any -> new ArrayList<>()).add(check.toString());
                    checks.remove(check);
                }
            }
        }

        List<String> missed(String view) {
            return missed.getOrDefault(view, List.of());
        }

        long percentile(String view, int p) {
            List<Long> sorted = lags.get(view).stream().sorted().toList();
            return sorted.isEmpty() ? Long.MAX_VALUE : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(sorted.size() * p / 100.0) - 1));
        }

        void print() {
            System.out.println("Lag from a write's answer on one instance to the other instance showing it (ms):");
            for (String view : lags.keySet()) {
                List<Long> all = lags.get(view);
                System.out.printf("  %-8s %3d checks: p50 %s, p99 %s, max %s; %d not within %d s%n", view, all.size(),
                        all.isEmpty() ? "-" : percentile(view, 50), all.isEmpty() ? "-" : percentile(view, 99),
                        all.stream().max(Long::compare).map(String::valueOf).orElse("-"), missed(view).size(), GIVEN.toSeconds());
            }
        }
    }

    private long live() throws SQLException {
        return rows("select count(*) from statement where issuer_id = ? and withdrawn_at is null", issuer);
    }

    private PackagedServer other(PackagedServer server) {
        return server == a ? b : a;
    }

    private PackagedServer instance(String name) throws Exception {
        Path data = Files.createTempDirectory(work, "two-instances-" + name + "-");
        return new PackagedServer(data)
                .with("QUARKUS_DATASOURCE_JDBC_URL", jdbc)
                .with("VERBATIM_RATE_LIMIT_ENABLED", "true")
                .with("VERBATIM_RATE_LIMIT_ANONYMOUS_PER_MINUTE", "100000000")
                .with("VERBATIM_RATE_LIMIT_KEY_PER_MINUTE", Long.toString(KEY_LIMIT))
                .with("VERBATIM_RATE_LIMIT_FAILED_AUTHENTICATIONS_PER_MINUTE", Long.toString(FAILURE_LIMIT))
                // Behind a proxy, as in production: the rate-limit test plays a client of its own address.
                .with("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .with("QUARKUS_HTTP_PROXY_ALLOW_X_FORWARDED", "true");
    }

    private static void start(PackagedServer server) {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long refilled(long perMinute, long startedNanos) {
        return (long) Math.ceil(perMinute * ((System.nanoTime() - startedNanos) / 60e9));
    }

    private String statement(int i) {
        return """
                {"title":"Two instances %sx%d","language":"en","issuer":{"name":"Two Instances Office %s"},\
                "publishedAt":"1994-03-%02dT10:00:00Z","timeZone":"UTC","text":"common%s alpha%sx%d and a body of text.",\
                "qa":[{"question":"What is asked?","answer":"answer%sx%d"}]}
                """.formatted(run, i, run, 1 + i, run, run, i, run, i);
    }

    private static String statements(String office, String word, int count) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < count; i++) {
            lines.append("""
                    {"title":"Statement %s number %d","language":"en","issuer":{"name":"%s"},\
                    "publishedAt":"1996-%02d-%02dT10:00:00Z","timeZone":"UTC","text":"%s: a body of text, long enough to take its time.",\
                    "qa":[{"question":"First question?","answer":"First answer."},{"question":"Second?","answer":"Second."}]}
                    """.formatted(word, i, office, 1 + i % 12, 1 + i % 28, word));
        }
        return lines.toString();
    }

    private static HttpResponse<String> send(PackagedServer server, String path, String authorization) throws Exception {
        return server.send(HttpRequest.newBuilder(URI.create(server.base() + path)).header("Authorization", authorization)
                .header("X-Forwarded-For", GUESSER).GET().build());
    }

    private static long total(PackagedServer server, String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        return JSON.readTree(response.body()).get("total").asLong();
    }

    private static Set<String> listed(PackagedServer server, String path) throws Exception {
        HttpResponse<String> response = server.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        Set<String> ids = new HashSet<>();
        JSON.readTree(response.body()).get("items").forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    /** Every change of the feed since the scenario began, as "kind id". */
    private Set<String> feed(PackagedServer server) throws Exception {
        Set<String> changes = new HashSet<>();
        String since = feedFrom;
        while (true) {
            JsonNode page = JSON.readTree(server.get("/api/v1/changes?limit=1000" + (since == null ? "" : "&since=" + since)).body());
            if (page.get("items").isEmpty()) {
                return changes;
            }
            page.get("items").forEach(change -> changes.add(change.get("kind").asText() + " " + change.get("id").asText()));
            since = page.get("next").asText();
        }
    }

    /** The cursor past the last change. */
    private static String end(PackagedServer server) throws Exception {
        String since = null;
        while (true) {
            JsonNode page = JSON.readTree(server.get("/api/v1/changes?limit=1000" + (since == null ? "" : "&since=" + since)).body());
            if (page.get("items").isEmpty()) {
                return since;
            }
            since = page.get("next").asText();
        }
    }

    private long rows(String sql, String value) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbc, user(), null);
                PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, value);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private static String user() {
        return System.getProperty("verbatim.it.db-user", "postgres");
    }
}
