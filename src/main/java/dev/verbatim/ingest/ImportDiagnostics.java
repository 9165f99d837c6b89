package dev.verbatim.ingest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How an import read its page, so that an editor can trust or correct it without reading the
 * code: where the title, the date and the zone were found and by which rule, which markers split
 * the pairs, how many lines were dropped as page furniture, and what looked doubtful.
 */
@Schema(name = "ImportDiagnostics", description = "How the page was read: where each field was found, by which rule, and what looked doubtful",
        requiredProperties = { "title", "date", "zone", "language", "markers", "furnitureLines", "warnings" })
public record ImportDiagnostics(
        @Schema(description = "Where the title was found") Finding title,
        @Schema(description = "Where the publication date was found") Finding date,
        @Schema(description = "Which zone dated the statement, and why") Zone zone,
        @Schema(description = "How the language was told") Finding language,
        @Schema(description = "The markers that opened questions and answers, in order of first use") List<MarkerUse> markers,
        @Schema(description = "Lines dropped as page furniture (menus, share and print links, toolbars, notices)", example = "4")
        int furnitureLines,
        @Schema(description = "What looked doubtful; empty when nothing did") List<Warning> warnings) {

    /** A field of the statement and where it came from. */
    @Schema(name = "ImportFinding", requiredProperties = { "rule" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Finding(
            @Schema(description = "What was found, as read", nullable = true, example = "2022-07-18 23:14") String value,
            @Schema(description = "The line of the page text it was read from, from 1 (for HTML, of the text the page renders to)",
                    nullable = true, example = "3") Integer line,
            @Schema(description = "The HTML element or metadata it was read from", nullable = true,
                    example = "span#News_Body_Time") String element,
            @Schema(description = "The rule that found it", example = "date line after a source label") String rule) {

        static Finding missing(String rule) {
            return new Finding(null, null, null, rule);
        }
    }

    /** The zone that dated the statement. */
    @Schema(name = "ImportZone", requiredProperties = { "zone", "source", "rule" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Zone(
            @Schema(description = "IANA zone or offset", example = "Europe/Paris") String zone,
            @Schema(description = "As the Verbatim-Time-Zone-Source header says it",
                    enumeration = { "page", "parameter", "issuer", "issuer-location", "default" }) String source,
            @Schema(description = "Why this zone", example = "the issuer names France (from 'Ambassade de Chine en France')") String rule) {
    }

    /** A marker and how many lines it opened. */
    @Schema(name = "ImportMarker", requiredProperties = { "marker", "kind", "rule", "count" })
    public record MarkerUse(
            @Schema(description = "The label before the colon, as the page writes it", example = "问") String marker,
            @Schema(enumeration = { "question", "answer" }) String kind,
            @Schema(example = "question word") String rule,
            @Schema(description = "Lines it opened", example = "12") int count) {
    }

    /** Something an editor may want to check. */
    @Schema(name = "ImportWarning", requiredProperties = { "code", "message" })
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Warning(
            @Schema(enumeration = { "dates-disagree", "year-inferred", "empty-answer", "empty-question", "question-looks-like-two",
                    "answer-without-marker" }) String code,
            @Schema(example = "pair 3 has no answer") String message,
            @Schema(description = "The line it is about, from 1", nullable = true) Integer line) {
    }

    ImportDiagnostics withZone(Zone zone) {
        return new ImportDiagnostics(title, date, zone, language, markers, furnitureLines, warnings);
    }
}
