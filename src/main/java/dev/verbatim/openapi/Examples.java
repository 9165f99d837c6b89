package dev.verbatim.openapi;

/** OpenAPI examples, taken from the seed statement, in one place. */
public final class Examples {

    public static final String STATEMENT = """
            {
              "id": "k7d2m9x4q1v8w3zc",
              "slug": "declaration-du-porte-parole-de-l-ambassade-de-chine-en-belgique-au-sujet-de-la-2022-07-18",
              "title": "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de la déclaration du gouvernement belge sur les cyberattaques",
              "language": "fr",
              "category": "Déclarations et Opinions",
              "issuer": { "id": "ambassade-de-chine-en-belgique", "name": "Ambassade de Chine en Belgique" },
              "speaker": { "name": null, "role": "porte-parole" },
              "publishedAt": "2022-07-18T23:14:00+02:00",
              "publishedDate": "2022-07-18",
              "timeZone": "Europe/Brussels",
              "text": "",
              "qa": [
                {
                  "n": 1,
                  "question": "Le 18 juillet, le Ministre belge des Affaires étrangères a publié une déclaration au nom du gouvernement fédéral belge, accusant les hackers chinois de « cyberattaques malveillantes » contre le SPF Intérieur et la Défense belge, et exhortant les autorités chinoises à prendre des mesures contre les activités en question. Quel est votre commentaire à ce sujet ?",
                  "answer": "Nous avons pris note de la déclaration. ...\\n\\nSur la question de la cybersécurité, ...\\n\\nLa cybersécurité est un problème mondial ..."
                }
              ],
              "source": { "url": "https://be.china-embassy.gov.cn/fra/sgxw/202207/t20220718_10723437.htm", "retrievedAt": "2022-07-19T00:00:00Z" },
              "translations": [],
              "version": 0,
              "createdAt": "2026-11-24T12:00:00Z",
              "updatedAt": "2026-11-24T12:00:00Z"
            }
            """;

    public static final String PAGE = """
            {
              "items": [
                {
                  "id": "k7d2m9x4q1v8w3zc",
                  "slug": "declaration-du-porte-parole-de-l-ambassade-de-chine-en-belgique-au-sujet-de-la-2022-07-18",
                  "title": "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de la déclaration du gouvernement belge sur les cyberattaques",
                  "language": "fr",
                  "issuer": { "id": "ambassade-de-chine-en-belgique", "name": "Ambassade de Chine en Belgique" },
                  "speaker": { "name": null, "role": "porte-parole" },
                  "publishedAt": "2022-07-18T23:14:00+02:00",
                  "publishedDate": "2022-07-18",
                  "qaCount": 1
                }
              ],
              "next": null,
              "total": 1
            }
            """;

    public static final String QA = """
            {
              "statement": {
                "id": "k7d2m9x4q1v8w3zc",
                "slug": "declaration-du-porte-parole-de-l-ambassade-de-chine-en-belgique-au-sujet-de-la-2022-07-18",
                "title": "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de la déclaration du gouvernement belge sur les cyberattaques",
                "language": "fr",
                "issuer": { "id": "ambassade-de-chine-en-belgique", "name": "Ambassade de Chine en Belgique" },
                "publishedAt": "2022-07-18T23:14:00+02:00",
                "publishedDate": "2022-07-18"
              },
              "n": 1,
              "question": "Le 18 juillet, le Ministre belge des Affaires étrangères a publié une déclaration ...",
              "answer": "Nous avons pris note de la déclaration. ...",
              "link": "/api/v1/statements/k7d2m9x4q1v8w3zc/qa/1"
            }
            """;

    public static final String QA_HITS = """
            {
              "items": [
                {
                  "statement": {
                    "id": "k7d2m9x4q1v8w3zc",
                    "slug": "declaration-du-porte-parole-de-l-ambassade-de-chine-en-belgique-au-sujet-de-la-2022-07-18",
                    "title": "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de la déclaration du gouvernement belge sur les cyberattaques",
                    "language": "fr",
                    "issuer": { "id": "ambassade-de-chine-en-belgique", "name": "Ambassade de Chine en Belgique" },
                    "publishedAt": "2022-07-18T23:14:00+02:00",
                    "publishedDate": "2022-07-18"
                  },
                  "n": 1,
                  "question": "Le 18 juillet, le Ministre belge des Affaires étrangères a publié une déclaration ...",
                  "answer": "Nous avons pris note de la déclaration. ...",
                  "link": "/api/v1/statements/k7d2m9x4q1v8w3zc/qa/1",
                  "highlights": [ "… la Chine est l'une des principales victimes des <mark>cyberattaques</mark> …" ]
                }
              ],
              "next": null,
              "total": 1
            }
            """;

    public static final String INDEX_STATUS = """
            {
              "state": "rebuilding",
              "documents": 1234,
              "total": 10000,
              "done": 2400,
              "removed": 0,
              "startedAt": "2026-11-24T10:00:00Z"
            }
            """;

    public static final String ARCHIVE = """
            {
              "total": 1,
              "years": [
                { "year": 2022, "count": 1, "months": [
                  { "month": 7, "count": 1, "days": [ { "date": "2022-07-18", "count": 1 } ] }
                ] }
              ]
            }
            """;

    public static final String ISSUERS = """
            {
              "items": [
                { "id": "ambassade-de-chine-en-belgique", "name": "Ambassade de Chine en Belgique", "timeZone": "Europe/Brussels", "statementCount": 1 }
              ],
              "next": null,
              "total": 1
            }
            """;

    public static final String INVALID_PARAMETER = """
            {
              "type": "urn:verbatim:problem:invalid-parameter",
              "title": "Invalid parameter",
              "status": 400,
              "detail": "date: is not a day of the calendar: 2022-02-30",
              "instance": "/api/v1/statements",
              "errors": [ { "field": "date", "message": "is not a day of the calendar: 2022-02-30" } ]
            }
            """;

    public static final String NOT_FOUND = """
            {
              "type": "urn:verbatim:problem:not-found",
              "title": "Not found",
              "status": 404,
              "detail": "No statement has the id or slug 'nope'.",
              "instance": "/api/v1/statements/nope"
            }
            """;

    public static final String GONE = """
            {
              "type": "urn:verbatim:problem:gone",
              "title": "Gone",
              "status": 410,
              "detail": "Statement k7d2m9x4q1v8w3zc was withdrawn at 2026-11-24T12:00:00Z.",
              "instance": "/api/v1/statements/k7d2m9x4q1v8w3zc"
            }
            """;

    public static final String CHANGES = """
            {
              "items": [
                { "cursor": "YzF8NDE", "kind": "created", "id": "k7d2m9x4q1v8w3zc", "at": "2026-11-20T09:12:03.114Z", "version": 0 },
                { "cursor": "YzF8NDI", "kind": "updated", "id": "k7d2m9x4q1v8w3zc", "at": "2026-11-21T15:40:27.902Z", "version": 1 },
                { "cursor": "YzF8NDM", "kind": "deleted", "id": "p3r8t1w6y2b5n9qa", "at": "2026-11-24T12:00:00Z", "version": 4 }
              ],
              "next": "YzF8NDM"
            }
            """;

    /** A statement as an editor submits it (POST or PUT /api/v1/statements). */
    public static final String STATEMENT_INPUT = """
            {
              "title": "Remarks of the Spokesperson on the Harbour Agreement",
              "language": "en",
              "category": "Spokesperson's Remarks",
              "issuer": { "name": "Ministry of Foreign Affairs" },
              "speaker": { "name": "Li Ming", "role": "Spokesperson" },
              "publishedAt": "2022-07-18T15:30:00+08:00",
              "timeZone": "Asia/Shanghai",
              "text": "The agreement was signed this morning.",
              "qa": [
                { "question": "Will the agreement enter into force this year?", "answer": "It will, once ratified.", "askedBy": "Reuters" }
              ],
              "source": { "url": "https://example.org/remarks/2022-07-18" }
            }
            """;

    /** A page's text as an import takes it (text/plain). */
    public static final String PAGE_TEXT = """
            Home > News > Spokesperson's Remarks
            Remarks of the Spokesperson on the Harbour Agreement
            2022-07-18 15:30

            The agreement was signed this morning.

            Q: Will the agreement enter into force this year?

            A: It will, once ratified.
            """;

    /** A key as an administrator asks for it. */
    public static final String KEY_INPUT = """
            { "name": "Newsroom importer", "role": "editor" }
            """;

    private Examples() {
    }
}
