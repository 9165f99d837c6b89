package dev.verbatim.security;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Requests are limited per API key, or per address without one, and the limit is announced. */
@QuarkusTest
@TestProfile(RateLimitTest.SmallLimits.class)
class RateLimitTest {

    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("verbatim.rate-limit.anonymous-per-minute", "5", "verbatim.rate-limit.key-per-minute", "12");
        }
    }

    @Test
    void anAddressWithoutAKeyGetsItsLimitThen429WithRetryAfter() {
        Response first = given().when().get("/api/v1/issuers").then().statusCode(200)
                .header("RateLimit-Limit", "5").header("RateLimit-Policy", "5;w=60").extract().response();
        int remaining = Integer.parseInt(first.header("RateLimit-Remaining"));
        for (int i = 0; i < remaining; i++) {
            // Cached reads count too.
            given().when().get("/api/v1/issuers").then().statusCode(200);
        }
        given().when().get("/api/v1/issuers")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .header("RateLimit-Remaining", "0")
                .body("status", equalTo(429))
                .body("detail", containsString("5 requests a minute"));

        // A key has a budget of its own, and a larger one; health checks are never limited.
        Response keyed = given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters").when().get("/api/v1/issuers")
                .then().statusCode(200).header("RateLimit-Limit", "12").extract().response();
        assertTrue(Integer.parseInt(keyed.header("RateLimit-Remaining")) <= 11);
        assertEquals(200, io.restassured.RestAssured.get("/q/health/live").statusCode());
    }
}
