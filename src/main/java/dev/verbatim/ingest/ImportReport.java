package dev.verbatim.ingest;

import java.util.ArrayList;
import java.util.List;

/** What a bulk import did: how many were imported, and each failure with its line and reason. */
public final class ImportReport {

    private int imported;
    private final List<String> failures = new ArrayList<>();

    void imported(int count) {
        imported += count;
    }

    void failed(long line, String reason) {
        failures.add("line " + line + ": " + reason);
    }

    public int imported() {
        return imported;
    }

    public List<String> failures() {
        return List.copyOf(failures);
    }
}
