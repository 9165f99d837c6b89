package dev.verbatim.security;

import io.smallrye.config.ConfigMapping;
import jakarta.validation.constraints.Size;
import java.util.Optional;

/** Security settings ({@code verbatim.admin.*}). */
@ConfigMapping(prefix = "verbatim.admin")
public interface SecurityConfig {

    /**
     * An admin API key valid from the first start on (VERBATIM_ADMIN_KEY); none when unset. Shorter
     * than 32 characters, the server refuses to start: such a key could be guessed.
     */
    Optional<@Size(min = 32, message = "must be at least 32 characters, such as one made by: openssl rand -base64 32") String> key();
}
