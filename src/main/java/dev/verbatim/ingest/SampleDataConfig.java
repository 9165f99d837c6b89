package dev.verbatim.ingest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Bundled sample statements ({@code verbatim.sample.*}; VERBATIM_SAMPLE_DATA). */
@ConfigMapping(prefix = "verbatim.sample")
public interface SampleDataConfig {

    /** Load the bundled sample statements into an empty database at start. */
    @WithDefault("true")
    boolean data();
}
