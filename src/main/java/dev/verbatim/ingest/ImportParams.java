package dev.verbatim.ingest;

import dev.verbatim.api.ProblemException;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The query parameters of an import. */
public class ImportParams {

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
            schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z]{2,3}(-[A-Za-z0-9]{1,8})*$"))
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

    public ImportParams() {
    }

    ImportOptions options() {
        return new ImportOptions(sourceUrl, timeZone, language, publishedAt, title, issuer, dryRun());
    }

    boolean dryRun() {
        if (dryRun == null || dryRun.equalsIgnoreCase("false")) {
            return false;
        }
        if (dryRun.isEmpty() || dryRun.equalsIgnoreCase("true")) {
            return true;
        }
        throw new ProblemException.InvalidParameters("dryRun", "must be true or false");
    }
}
