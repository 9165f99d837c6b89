package dev.verbatim.statement;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * What a submitted statement says, put into a statement to be stored: its issuer (entered when new),
 * its zone and local date, its pairs, and the hash of the bytes it was imported from.
 */
@ApplicationScoped
class StatementContent {

    private final Issuers issuers;

    StatementContent(Issuers issuers) {
        this.issuers = issuers;
    }

    /** Fills {@code statement} with what a submission says; a new issuer is entered unless {@code preview}. */
    void fill(Statement statement, Submission submission, boolean preview) {
        StatementInput input = submission.input();
        ZoneId zone = issuers.zoneFor(input);
        statement.title = input.title().strip();
        statement.language = input.language();
        statement.category = blankToNull(input.category());
        statement.issuer = issuers.issuerFor(input.issuer(), zone, !preview);
        statement.speakerName = input.speaker() == null ? null : blankToNull(input.speaker().name());
        statement.speakerRole = input.speaker() == null ? null : blankToNull(input.speaker().role());
        statement.publish(input.publishedAt().toInstant(), zone);
        statement.text = input.text() == null ? "" : input.text();
        statement.replaceQa(pairs(input.qa()));
        if (input.source() != null) {
            statement.sourceUrl = blankToNull(input.source().url());
            statement.retrievedAt = input.source().retrievedAt();
        }
        if (submission instanceof Submission.Imported imported) {
            // An edit keeps the hash of the page it came from: importing that page again finds the edited statement.
            statement.sourceHash = imported.hash();
        }
    }

    /** The pairs in document order; their numbering, when given, was checked with the input ({@link StatementInput.PairsInOrder}). */
    private static List<QaContent> pairs(List<StatementInput.QaInput> given) {
        List<QaContent> pairs = new ArrayList<>();
        if (given != null) {
            for (StatementInput.QaInput pair : given) {
                pairs.add(new QaContent(pair.question(), pair.answer(), blankToNull(pair.askedBy()), blankToNull(pair.answeredBy())));
            }
        }
        return pairs;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
