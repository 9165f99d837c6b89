package dev.verbatim.sync;

import dev.verbatim.domain.InvalidArguments;
import java.util.Arrays;

/** What an export is written as: one JSON statement per line, or one CSV row per Q&A pair. */
enum ExportFormat {
    NDJSON("application/x-ndjson; charset=utf-8", "ndjson"),
    CSV("text/csv; charset=utf-8; header=present", "csv");

    static final String NDJSON_TYPE = "application/x-ndjson";
    static final String CSV_TYPE = "text/csv";

    final String contentType;
    final String extension;

    ExportFormat(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    /** The format named by the {@code format} parameter; NDJSON when it is left out. */
    static ExportFormat of(String name) {
        if (name == null) {
            return NDJSON;
        }
        return Arrays.stream(values()).filter(f -> f.extension.equals(name)).findFirst()
                .orElseThrow(() -> new InvalidArguments("format", "must be ndjson or csv"));
    }
}
