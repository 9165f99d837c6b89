package dev.verbatim.security;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Writes need a key with the right role; reads need none. */
@QuarkusTest
class ApiKeyTest {

    static String keyWith(Role role, boolean revoked) {
        String secret = "vbk_" + UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            ApiKey key = new ApiKey();
            key.id = UUID.randomUUID().toString().substring(0, 16);
            key.name = role + " key for a test";
            key.role = role;
            key.secretHash = HexFormat.of().formatHex(ApiKeys.digest(secret));
            key.createdAt = Instant.now();
            key.revokedAt = revoked ? Instant.now() : null;
            key.persist();
        });
        return secret;
    }

    static void importWith(String secret, int status) {
        given().header("Authorization", "Bearer " + secret).queryParam("dryRun", "true").contentType("text/plain")
                .body("A statement of the key office\n2020-01-01\n\nIt says something.\n")
                .when().post("/api/v1/imports")
                .then().statusCode(status);
    }

    @Test
    void anEditorKeyMayImport() {
        importWith(keyWith(Role.EDITOR, false), 200);
    }

    @Test
    void aReaderKeyMayNotImport() {
        given().header("Authorization", "Bearer " + keyWith(Role.READER, false)).contentType("text/plain").body("x")
                .when().post("/api/v1/imports")
                .then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
    }

    @Test
    void aRevokedKeyIsRefused() {
        importWith(keyWith(Role.EDITOR, true), 401);
    }

    @Test
    void readsNeedNoKeyButAcceptOne() {
        given().when().get("/api/v1/issuers").then().statusCode(200);
        given().header("Authorization", "Bearer " + keyWith(Role.READER, false)).when().get("/api/v1/issuers").then().statusCode(200);
    }
}
