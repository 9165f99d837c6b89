package dev.verbatim.statement;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A whole statement as clients read it: the shape fixed by the public contract. */
@Schema(name = "Statement", requiredProperties = { "id", "slug", "title", "language", "issuer", "publishedAt", "publishedDate",
        "timeZone", "text", "qa", "source", "translations", "version", "category", "speaker", "createdAt", "updatedAt" })
public record StatementView(
        @Schema(description = "Opaque, URL-safe, stable forever", example = "k7d2m9x4q1v8w3zc") String id,
        @Schema(description = "Readable identifier, also accepted where an id is") String slug,
        String title,
        @Schema(description = "BCP 47 language tag: ISO 639-1 code, and subtags where the text needs them", example = "fr", maxLength = LanguageTags.MAX_LENGTH) String language,
        @Schema(description = "The section of the issuer's site it was published in", nullable = true) String category,
        IssuerRef issuer,
        @Schema(description = "The speaker the title names, when it names one", nullable = true) Speaker speaker,
        @Schema(description = "Publication time with the offset in force in timeZone at that moment",
                example = "2022-07-18T23:14:00+02:00") OffsetDateTime publishedAt,
        @Schema(description = "The issuer's local calendar date of publication; every date filter uses it",
                example = "2022-07-18") LocalDate publishedDate,
        @Schema(description = "IANA time zone of the issuer", example = "Europe/Brussels") String timeZone,
        @Schema(description = "Paragraphs outside any Q&A pair, blank-line separated; empty when none") String text,
        List<QaPairView> qa,
        SourceRef source,
        List<TranslationRef> translations,
        @Schema(description = "Goes up by one at every change") long version,
        Instant createdAt,
        Instant updatedAt) {

    /** Who speaks, as the title names them. */
    @Schema(name = "Speaker", requiredProperties = { "name", "role" })
    public record Speaker(@Schema(nullable = true, example = "Geng Shuang") String name,
            @Schema(nullable = true, example = "Spokesperson") String role) {
    }
}
