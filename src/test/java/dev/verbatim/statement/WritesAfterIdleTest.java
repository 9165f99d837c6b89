package dev.verbatim.statement;

import static dev.verbatim.Api.given;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Writes keep working once the pool has retired the connection that ran the migrations, as it does
 * after its idle timeout on a fresh install. H2 2.4.240 broke every check constraint then ("Check
 * constraint invalid", "The database has been closed"): every write answered 500 until a restart.
 */
@QuarkusTest
class WritesAfterIdleTest {

    @Inject
    AgroalDataSource pool;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @Test
    void aWriteSucceedsAfterThePoolClosedEveryConnectionItHad() throws Exception {
        // A connection outside the pool keeps the embedded database open, as the server's other
        // work does, while the pool closes every connection it holds, the migrations' included.
        try (Connection outside = DriverManager.getConnection(url, user, "")) {
            pool.flush(AgroalDataSource.FlushMode.ALL);
            String issuer = "Idle Test Ministry " + UUID.randomUUID();
            StatementEditTest.create(issuer, "Remarks after a quiet while", "2001-04-02");
            String id = StatementEditTest.create(issuer, "Second remarks after a quiet while", "2001-04-03").path("id");
            StatementEditTest.editor().when().delete("/api/v1/statements/" + id).then().statusCode(204);
            given().when().get("/api/v1/changes?limit=1000").then().statusCode(200);
        }
    }
}
