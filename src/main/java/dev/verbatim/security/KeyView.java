package dev.verbatim.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A key as administrators see it; {@code secret} only in the answer that created it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Key", requiredProperties = { "id", "name", "role", "createdAt" })
public record KeyView(
        String id,
        String name,
        @Schema(enumeration = { "reader", "editor", "admin" }) String role,
        Instant createdAt,
        @Schema(description = "When it was revoked; absent while it is valid") Instant revokedAt,
        @Schema(description = "The key to send as `Authorization: Bearer ...`: shown once, here, and never stored")
        String secret) {

    static KeyView of(ApiKey key, String secret) {
        return new KeyView(key.id, key.name, key.role.wireName(), key.createdAt, key.revokedAt, secret);
    }
}
