package dev.verbatim.search;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rebuilding the index, by an administrator over HTTP or from the command line, with its progress. */
@QuarkusTest
class SearchIndexResourceTest {

    private static final String ADMIN = "Bearer test-admin-key-of-at-least-32-characters";

    @Inject
    ReindexCommand command;

    @Test
    void anAdministratorRebuildsTheIndexAndFollowsItsProgress() throws InterruptedException {
        given().header("Authorization", ADMIN).when().post("/api/v1/admin/search-index/rebuild")
                .then().statusCode(202)
                .header("Location", containsString("/api/v1/admin/search-index"))
                .body("state", equalTo("rebuilding"));
        String state = "rebuilding";
        for (int i = 0; i < 200 && !state.equals("idle"); i++) {
            Thread.sleep(50);
            state = given().header("Authorization", ADMIN).when().get("/api/v1/admin/search-index")
                    .then().statusCode(200).header("Cache-Control", "no-store").extract().path("state");
        }
        given().header("Authorization", ADMIN).when().get("/api/v1/admin/search-index")
                .then().statusCode(200)
                .body("state", equalTo("idle"))
                .body("total", greaterThan(0))
                .body("documents", greaterThan(0))
                .body("finishedAt", notNullValue());
        given().queryParam("q", "cyberattaques").when().get("/api/v1/statements").then().body("total", greaterThan(0));
    }

    @Test
    void readinessReportsTheIndex() {
        io.restassured.RestAssured.given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.find { it.name == 'search-index' }.status", equalTo("UP"))
                .body("checks.find { it.name == 'search-index' }.data.documents", greaterThan(0));
    }

    @Test
    void onlyAnAdministratorMayRebuildOrLook() {
        given().when().post("/api/v1/admin/search-index/rebuild")
                .then().statusCode(401).header("WWW-Authenticate", containsString("Bearer"))
                .contentType("application/problem+json");
        given().when().get("/api/v1/admin/search-index").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").when().get("/api/v1/admin/search-index").then().statusCode(401);
    }

    @Test
    void theReindexCommandRebuildsWithAProgressBar() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = command.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
                false);
        assertEquals(0, exit);
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Indexed "), out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("100%"), err.toString(StandardCharsets.UTF_8));
        assertEquals(2, command.run(new PrintStream(out), new PrintStream(err), false, "extra"));
        given().queryParam("q", "cyberattaques").when().get("/api/v1/statements").then().statusCode(200).body("total", greaterThan(0));
    }
}
