package dev.verbatim.security;

import io.smallrye.config.ConfigMapping;
import java.util.Optional;

/** Security settings ({@code verbatim.admin.*}). */
@ConfigMapping(prefix = "verbatim.admin")
public interface SecurityConfig {

    /** An admin API key valid from the first start on (VERBATIM_ADMIN_KEY); none when unset. */
    Optional<String> key();
}
