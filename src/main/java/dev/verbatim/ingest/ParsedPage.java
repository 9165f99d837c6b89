package dev.verbatim.ingest;

import dev.verbatim.statement.QaContent;
import java.util.List;

/**
 * What a page says, before it is dated in a zone and stored: each field is null when the page
 * does not say it. {@code listedLinks} is the length of the list of links the page is, when it is
 * a listing of other pages rather than a statement; else 0.
 */
record ParsedPage(
        String category,
        String title,
        FoundDate date,
        String language,
        Speaker speaker,
        List<String> paragraphs,
        List<QaContent> qa,
        ImportDiagnostics diagnostics,
        int listedLinks) {

    /** Who speaks, as the title names them: the issuer, and the speaker's name and role. */
    record Speaker(String issuer, String name, String role) {
    }

    String text() {
        return String.join("\n\n", paragraphs);
    }
}
