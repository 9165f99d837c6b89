package dev.verbatim.statement;

import java.time.OffsetDateTime;
import java.util.List;

/** The one place where entities become what crosses the wire. */
final class StatementMapper {

    private StatementMapper() {
    }

    static StatementView view(Statement s, List<TranslationRef> translations) {
        return new StatementView(s.id, s.slug, s.title, s.language, s.category, issuer(s.issuer), speaker(s.speakerName, s.speakerRole),
                publishedAt(s), s.publishedDate(), s.timeZone().getId(), s.text,
                s.qa().stream().map(StatementMapper::pair).toList(),
                new SourceRef(s.sourceUrl, s.retrievedAt), translations, s.version, s.createdAt, s.updatedAt);
    }

    static StatementSummary summary(SummaryRow s, IssuerRef issuer, List<String> highlights) {
        return new StatementSummary(s.id(), s.slug(), s.title(), s.language(), issuer, speaker(s.speakerName(), s.speakerRole()),
                s.publishedAtLocally(), s.publishedDate(), s.qaCount(), highlights);
    }

    static QaCitation citation(StatementView s, QaPairView pair) {
        var ref = new QaCitation.StatementRef(s.id(), s.slug(), s.title(), s.language(), s.issuer(), s.publishedAt(),
                s.publishedDate());
        return new QaCitation(ref, pair.n(), pair.question(), pair.answer(), pair.askedBy(), pair.answeredBy(),
                "/api/v1/statements/" + s.id() + "/qa/" + pair.n(), null);
    }

    static QaCitation citation(SummaryRow s, IssuerRef issuer, PairRow pair, List<String> highlights) {
        var ref = new QaCitation.StatementRef(s.id(), s.slug(), s.title(), s.language(), issuer,
                s.publishedAtLocally(), s.publishedDate());
        return new QaCitation(ref, pair.n(), pair.question(), pair.answer(), pair.askedBy(), pair.answeredBy(),
                "/api/v1/statements/" + s.id() + "/qa/" + pair.n(), highlights);
    }

    static IssuerRef issuer(Issuer issuer) {
        return new IssuerRef(issuer.id, issuer.name);
    }

    static StatementView.Speaker speaker(String name, String role) {
        return name == null && role == null ? null : new StatementView.Speaker(name, role);
    }

    private static QaPairView pair(QaPair pair) {
        return new QaPairView(pair.n, pair.question, pair.answer, pair.askedBy, pair.answeredBy);
    }

    private static OffsetDateTime publishedAt(Statement s) {
        return s.publishedAt().atZone(s.timeZone()).toOffsetDateTime();
    }
}
