package dev.verbatim.security;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** /api/v1/keys: administrators create, list and revoke keys; a secret is shown once. */
@QuarkusTest
class KeyResourceTest {

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer test-admin-key-of-at-least-32-characters");
    }

    static Response create(String name, String role) {
        return admin().contentType("application/json").body("{\"name\": \"" + name + "\", \"role\": \"" + role + "\"}")
                .when().post("/api/v1/keys")
                .then().statusCode(201).header("Cache-Control", "no-store").extract().response();
    }

    @Test
    void aCreatedKeyWorksAtOnceAndItsSecretIsShownOnlyOnce() {
        String name = "Newsroom importer " + UUID.randomUUID();
        Response created = create(name, "editor");
        String secret = created.path("secret");
        String id = created.path("id");
        org.junit.jupiter.api.Assertions.assertTrue(secret.startsWith("vbk_") && secret.length() > 40, "a long random secret");
        org.junit.jupiter.api.Assertions.assertEquals("/api/v1/keys/" + id, java.net.URI.create(created.header("Location")).getPath());
        ApiKeyTest.importWith(secret, 200);

        admin().when().get("/api/v1/keys")
                .then().statusCode(200)
                .header("Cache-Control", "no-store")
                .body("items.find { it.id == '" + id + "' }.name", equalTo(name))
                .body("items.find { it.id == '" + id + "' }.role", equalTo("editor"))
                .body("items.find { it.id == '" + id + "' }.secret", nullValue())
                .body("items.secret", not(hasItem(notNullValue())));
    }

    @Test
    void aRevokedKeyIsRefusedFromThenOn() {
        Response created = create("Temporary " + UUID.randomUUID(), "editor");
        String secret = created.path("secret");
        ApiKeyTest.importWith(secret, 200);
        admin().accept("application/problem+json").when().delete("/api/v1/keys/" + created.path("id")).then().statusCode(204);
        ApiKeyTest.importWith(secret, 401);
        admin().when().delete("/api/v1/keys/" + created.path("id")).then().statusCode(204);
        admin().when().get("/api/v1/keys").then()
                .body("items.find { it.id == '" + created.path("id") + "' }.revokedAt", notNullValue());
        admin().when().delete("/api/v1/keys/no-such-key").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void onlyAdministratorsManageKeys() {
        String editor = create("Editor " + UUID.randomUUID(), "editor").path("secret");
        String reader = create("Reader " + UUID.randomUUID(), "reader").path("secret");
        ApiKeyTest.importWith(reader, 403);
        for (String secret : new String[] { editor, reader }) {
            given().header("Authorization", "Bearer " + secret).when().get("/api/v1/keys")
                    .then().statusCode(403).contentType("application/problem+json");
            given().header("Authorization", "Bearer " + secret).contentType("application/json")
                    .body("{\"name\": \"escalation\", \"role\": \"admin\"}").when().post("/api/v1/keys")
                    .then().statusCode(403);
        }
        given().when().get("/api/v1/keys")
                .then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer")).contentType("application/problem+json");
        given().header("Authorization", "Bearer not-a-key").when().get("/api/v1/keys").then().statusCode(401);
        String admin = create("Second admin " + UUID.randomUUID(), "admin").path("secret");
        given().header("Authorization", "Bearer " + admin).when().get("/api/v1/keys").then().statusCode(200);
    }

    @Test
    void aKeyMustHaveANameAndAKnownRole() {
        admin().contentType("application/json").body("{\"name\": \"\", \"role\": \"owner\"}").when().post("/api/v1/keys")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", equalTo(java.util.List.of("name", "role")));
        admin().contentType("application/json").body("{\"name\": ").when().post("/api/v1/keys")
                .then().statusCode(400).contentType("application/problem+json");
        admin().contentType("application/json").body("{\"name\": true, \"role\": \"editor\"}").when().post("/api/v1/keys")
                .then().statusCode(422).body("errors.field", equalTo(java.util.List.of("name")));
        admin().contentType("application/json").body("{\"name\": \"Desk\", \"role\": \"editor\", \"admin\": true}")
                .when().post("/api/v1/keys")
                .then().statusCode(422).body("errors.field", equalTo(java.util.List.of("admin")));
    }
}
