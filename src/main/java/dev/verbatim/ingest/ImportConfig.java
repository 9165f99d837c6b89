package dev.verbatim.ingest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import io.smallrye.config.ConfigMapping;
import java.util.Map;

/** Import settings ({@code verbatim.import.*}). */
@ConfigMapping(prefix = "verbatim.import")
public interface ImportConfig {

    /** The largest body an import accepts; larger ones are answered 413. */
    @WithDefault("10M")
    MemorySize maxBodySize();

    /** The most lines one NDJSON batch may hold. */
    @WithDefault("10000")
    int maxBatchLines();

    /**
     * The IANA zone of issuers by the name their pages give, used when a page carries no zone and
     * the import names none: {@code verbatim.import.issuer-zones."Foreign Ministry"=Asia/Shanghai}.
     */
    Map<String, String> issuerZones();
}
