package dev.verbatim.ingest;

import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.Violation;
import dev.verbatim.statement.IanaZone;
import dev.verbatim.statement.LanguageTags;
import dev.verbatim.statement.PublicationRange;
import jakarta.ws.rs.QueryParam;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of an import. */
public class ImportParams {

    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");

    @QueryParam("dryRun")
    @Parameter(description = "Parse only and store nothing: the answer is the statement as it would be stored.",
            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
    String dryRun;

    @QueryParam("sourceUrl")
    @Parameter(description = "Where the page was taken from. A changed page from the same address updates its statement.",
            example = "https://www.fmprc.gov.cn/mfa_eng/xwfw_665399/s2510_665401/2511_665403/t1617471.shtml",
            schema = @Schema(type = SchemaType.STRING, maxLength = 2048))
    String sourceUrl;

    @QueryParam("timeZone")
    @Parameter(description = "IANA zone of the issuer, used when the page carries none.", example = "Europe/Brussels",
            schema = @Schema(type = SchemaType.STRING))
    String timeZone;

    @QueryParam("language")
    @Parameter(description = "The language, when detection should be overridden.", example = "fr",
            schema = @Schema(type = SchemaType.STRING, pattern = "^" + LanguageTags.REGEXP + "$", maxLength = LanguageTags.MAX_LENGTH))
    String language;

    @QueryParam("publishedAt")
    @Parameter(description = "Publication date-time, used when the page carries none (local, with an offset, or a date).",
            example = "2022-07-18T23:14", schema = @Schema(type = SchemaType.STRING))
    String publishedAt;

    @QueryParam("title")
    @Parameter(description = "The title, used when the page carries none.", schema = @Schema(type = SchemaType.STRING, maxLength = 2000))
    String title;

    @QueryParam("issuer")
    @Parameter(description = "The issuer's name, when the title does not name it.", example = "Ambassade de Chine en Belgique",
            schema = @Schema(type = SchemaType.STRING, maxLength = 400))
    String issuer;

    @QueryParam("translationOf")
    @Parameter(description = "The id or slug of a stored statement, in another language, that this page translates: "
            + "the two are then listed in each other's `translations`.",
            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
    String translationOf;

    public ImportParams() {
    }

    /** Every parameter checked, each bad one named; throws {@link InvalidArguments}. */
    ImportOptions options() {
        List<Violation> errors = new ArrayList<>();
        boolean dry = false;
        try {
            dry = dryRun();
        } catch (InvalidArguments e) {
            errors.addAll(e.violations());
        }
        if (language != null && !LanguageTags.isValid(language)) {
            errors.add(new Violation("language", LanguageTags.RULE));
        }
        if (timeZone != null && !IanaZone.Check.isIana(timeZone)) {
            errors.add(new Violation("timeZone", IanaZone.RULE));
        }
        if (publishedAt != null && !isDateTime(publishedAt)) {
            errors.add(new Violation("publishedAt",
                    "must be a date-time such as 2022-07-18T23:14, 2022-07-18T23:14:00+02:00 or a date 2022-07-18, "
                    + "within the years 1900 to 2100"));
        }
        if (sourceUrl != null && !isWebAddress(sourceUrl)) {
            errors.add(new Violation("sourceUrl", "must be an absolute http or https address of at most 2048 characters"));
        }
        for (String[] text : new String[][] { { "title", title }, { "issuer", issuer }, { "translationOf", translationOf } }) {
            if (text[1] != null && CONTROL.matcher(text[1]).find()) {
                errors.add(new Violation(text[0], "must not contain control characters"));
            }
        }
        if (title != null && (title.isBlank() || title.length() > 2000)) {
            errors.add(new Violation("title", "must hold 1 to 2000 characters"));
        }
        if (issuer != null && (issuer.isBlank() || issuer.length() > 400)) {
            errors.add(new Violation("issuer", "must hold 1 to 400 characters"));
        }
        if (translationOf != null && (translationOf.isBlank() || translationOf.length() > 200)) {
            errors.add(new Violation("translationOf", "must be the id or slug of a stored statement"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidArguments(errors);
        }
        return new ImportOptions(sourceUrl, timeZone, language, publishedAt, title, issuer, translationOf, dry);
    }

    private static boolean isDateTime(String value) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                DateTimeFormatter.ISO_LOCAL_DATE)) {
            try {
                return PublicationRange.Check.contains(LocalDate.from(format.parse(value)));
            } catch (DateTimeParseException e) {
                // try the next form
            }
        }
        return false;
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return value.length() <= 2048 && uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    boolean dryRun() {
        if (dryRun == null || dryRun.equalsIgnoreCase("false")) {
            return false;
        }
        if (dryRun.isEmpty() || dryRun.equalsIgnoreCase("true")) {
            return true;
        }
        throw new InvalidArguments("dryRun", "must be true or false");
    }
}
