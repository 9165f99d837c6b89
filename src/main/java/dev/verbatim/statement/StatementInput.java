package dev.verbatim.statement;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A statement as a client or the importer submits it: the public shape, without what the server
 * assigns. {@code translationOf}, the id or slug of a stored statement in another language that
 * this one translates, links the two; left out, the links a statement has are kept.
 */
public record StatementInput(
        @NotBlank @Size(max = 2000) String title,
        @NotBlank @Size(max = LanguageTags.MAX_LENGTH) @Pattern(regexp = LanguageTags.REGEXP, message = LanguageTags.RULE) String language,
        @Size(max = 400) String category,
        @NotNull @Valid IssuerInput issuer,
        @Valid SpeakerInput speaker,
        @NotNull @PublicationRange OffsetDateTime publishedAt,
        @Size(max = 64) @IanaZone String timeZone,
        @Size(max = 1_000_000) String text,
        @Size(max = 1000) @PairsInOrder List<@Valid QaInput> qa,
        @Valid SourceInput source,
        @Size(max = 200) String translationOf) {

    /** The issuer: by id if known, else by name (its id is derived from the name). */
    public record IssuerInput(@Size(max = 120) String id, @NotBlank @Size(max = 400) String name) {
    }

    /** The speaker the title names. */
    public record SpeakerInput(@Size(max = 200) String name, @Size(max = 200) String role) {
    }

    /** One pair; {@code n}, when given, must follow document order ({@link PairsInOrder}). */
    public record QaInput(Integer n, @NotBlank @Size(max = 1_000_000) String question,
            @NotNull @Size(max = 1_000_000) String answer, @Size(max = 400) String askedBy,
            @Size(max = 400) String answeredBy) {
    }

    /** Where it was taken from. */
    public record SourceInput(@Size(max = 2048) String url, @PublicationRange Instant retrievedAt) {
    }
}
