package dev.verbatim.statement;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a statement was taken from, and when. */
@Schema(name = "Source", requiredProperties = { "url", "retrievedAt" })
public record SourceRef(
        @Schema(nullable = true, example = "https://be.china-embassy.gov.cn/fra/sgxw/202207/t20220718_10723437.htm") String url,
        @Schema(nullable = true) Instant retrievedAt) {
}
