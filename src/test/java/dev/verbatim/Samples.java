package dev.verbatim;

/** Finds the bundled sample statements the read tests rely on. */
public final class Samples {

    public static final String SEED_TITLE = "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de la déclaration du gouvernement belge sur les cyberattaques";

    private Samples() {
    }

    /** The id of the seed statement, the only one of the Chinese Embassy in Belgium. */
    public static String seedId() {
        return Api.given().queryParam("issuer", "ambassade-de-chine-en-belgique").when().get("/api/v1/statements")
                .then().statusCode(200).extract().path("items[0].id");
    }
}
