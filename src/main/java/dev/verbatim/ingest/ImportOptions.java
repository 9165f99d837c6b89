package dev.verbatim.ingest;

/**
 * What the client says about a page it imports, each null when not given: where it came from, the
 * zone and language to use, and the title, date and issuer to use when the page carries none.
 */
public record ImportOptions(String sourceUrl, String timeZone, String language, String publishedAt, String title,
        String issuer, String translationOf, boolean dryRun) {

    public static ImportOptions none() {
        return new ImportOptions(null, null, null, null, null, null, null, false);
    }
}
