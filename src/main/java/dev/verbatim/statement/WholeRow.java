package dev.verbatim.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The columns of one statement and its issuer's name, read as plain values: reading a statement
 * builds no entity, so the session has nothing to track, check or clear.
 */
record WholeRow(String id, String slug, String title, String language, String category, String issuerId, String issuerName,
        String speakerName, String speakerRole, Instant publishedAt, LocalDate publishedDate, String timeZone, String text,
        String sourceUrl, Instant retrievedAt, String translationGroup, long version, Instant createdAt, Instant updatedAt,
        Instant withdrawnAt) {

    /** The query's select clause, over a statement aliased {@code s}. */
    static final String SELECT = "select new dev.verbatim.statement.WholeRow(s.id, s.slug, s.title, s.language, s.category, "
            + "i.id, i.name, s.speakerName, s.speakerRole, s.publishedAt, s.publishedDate, s.timeZone, s.text, s.sourceUrl, "
            + "s.retrievedAt, s.translationGroup, s.version, s.createdAt, s.updatedAt, s.withdrawnAt) "
            + "from Statement s join s.issuer i where s.";

    /** The statement as clients read it, with these pairs and translations. */
    StatementView view(List<QaPairView> qa, List<TranslationRef> translations) {
        ZoneId zone = ZoneId.of(timeZone);
        return new StatementView(id, slug, title, language, category, new IssuerRef(issuerId, issuerName),
                StatementMapper.speaker(speakerName, speakerRole), publishedAt.atZone(zone).toOffsetDateTime(), publishedDate,
                zone.getId(), text, qa, new SourceRef(sourceUrl, retrievedAt), translations, version, createdAt, updatedAt);
    }
}
