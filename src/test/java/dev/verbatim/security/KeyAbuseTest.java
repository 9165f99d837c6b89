package dev.verbatim.security;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Limits follow who a request proves to be: a valid key's id, else the address. A header that
 * proves nobody buys no bucket of its own, and guessing keys is throttled.
 */
@QuarkusTest
@TestProfile(KeyAbuseTest.Limits.class)
class KeyAbuseTest {

    static final String ADMIN = "test-admin-key-of-at-least-32-characters";

    public static class Limits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.rate-limit.anonymous-per-minute", "100000", "verbatim.rate-limit.key-per-minute", "8",
                    "verbatim.rate-limit.failed-authentications-per-minute", "10");
        }
    }

    @Test
    void wrongKeysAre401ThenAfterTenA429AndNeverServed() {
        List<Integer> statuses = new ArrayList<>();
        // Not a Bearer credential at all: a failure too.
        statuses.add(given().header("Authorization", "Basic " + ADMIN).when().get("/api/v1/issuers")
                .then().header("WWW-Authenticate", startsWith("Bearer")).extract().statusCode());
        for (int i = 2; i <= 40; i++) {
            String method = i % 2 == 0 ? "GET" : "POST";
            var request = given().header("Authorization", "Bearer x" + i);
            var response = method.equals("GET") ? request.when().get("/api/v1/issuers")
                    : request.contentType("text/plain").body("x").when().post("/api/v1/imports");
            statuses.add(response.statusCode());
        }
        assertEquals(List.of(401, 401, 401, 401, 401, 401, 401, 401, 401, 401), statuses.subList(0, 10), statuses.toString());
        assertTrue(statuses.subList(10, 40).stream().allMatch(status -> status == 429), statuses.toString());
        given().header("Authorization", "Bearer x41").when().get("/api/v1/issuers")
                .then().statusCode(429).header("Retry-After", startsWith("")).body("detail", containsString("proves nobody"));
        // The address may still read without a key, and the admin's key still works: only failures are throttled.
        given().when().get("/api/v1/issuers").then().statusCode(200);
        given().header("Authorization", "Bearer " + ADMIN).when().get("/api/v1/issuers").then().statusCode(200);
    }

    @Test
    void aKeyInAnyCaseOrSpacingOfItsSchemeIsOneKeyWithOneBucket() {
        int before = remaining("Bearer " + ADMIN);
        int after = remaining("bearer " + ADMIN);
        after = Math.min(after, remaining("BEARER  " + ADMIN));
        after = Math.min(after, remaining("Bearer\t" + ADMIN + " "));
        assertTrue(after <= before - 2, "one bucket: " + before + " then " + after);
    }

    private static int remaining(String authorization) {
        return Integer.parseInt(given().header("Authorization", authorization).queryParam("n", authorization.length())
                .when().get("/api/v1/issuers").then().statusCode(200).extract().header("RateLimit-Remaining"));
    }
}
