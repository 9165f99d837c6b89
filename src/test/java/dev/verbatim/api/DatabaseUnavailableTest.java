package dev.verbatim.api;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/**
 * When no connection to the database can be had (every one busy, or the database unreachable),
 * a request is answered 503 with Retry-After, not 500: it may be sent again.
 */
@QuarkusTest
@TestProfile(DatabaseUnavailableTest.SmallPool.class)
class DatabaseUnavailableTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "3", "quarkus.datasource.jdbc.acquisition-timeout", "1S");
        }
    }

    @Inject
    DataSource dataSource;

    @Test
    void aPoolWithNoConnectionLeftAnswers503WithRetryAfterAndServesAgainOnceOneIsFree() throws Exception {
        List<Connection> held = holdEveryConnection();
        try {
            given().when().get("/api/v1/statements/never-asked-before")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("urn:verbatim:problem:unavailable"))
                    .body("detail", containsString("Try again"));
            // A key not yet known must be looked up before the request goes on.
            given().header("Authorization", "Bearer a-key-nobody-has-presented-before-" + System.nanoTime())
                    .when().get("/api/v1/statements/never-asked-before")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5");
            // The web pages say it in HTML.
            RestAssured.given().when().get("/statements/never-asked-before")
                    .then().statusCode(503)
                    .contentType(containsString("text/html"))
                    .header("Retry-After", "5");
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }
        given().when().get("/api/v1/statements/never-asked-before").then().statusCode(404);
    }

    @Test
    void onlyConnectionsThatCouldNotBeHadCount() {
        SQLException timeout = new SQLException("Sorry, acquisition timeout!");
        assertTrue(DatabaseUnavailable.caused(new GenericJDBCException("Unable to acquire JDBC Connection", timeout)));
        assertTrue(DatabaseUnavailable.caused(new JDBCConnectionException("refused", new SQLException("refused", "08001"))));
        assertTrue(DatabaseUnavailable.caused(new RuntimeException(new SQLException("terminated", "08006"))));
        assertFalse(DatabaseUnavailable.caused(new GenericJDBCException("duplicate", new SQLException("duplicate key", "23505"))));
        assertFalse(DatabaseUnavailable.caused(new IllegalStateException("a bug")));
    }

    /** Takes the pool's connections until it has none left; the server's own background work may hold one a moment. */
    private List<Connection> holdEveryConnection() throws InterruptedException {
        List<Connection> held = new ArrayList<>();
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (held.size() < 3 && System.nanoTime() < deadline) {
            try {
                held.add(dataSource.getConnection());
            } catch (SQLException busy) {
                Thread.sleep(100);
            }
        }
        assertEquals(3, held.size(), "the test holds all three connections");
        return held;
    }
}
