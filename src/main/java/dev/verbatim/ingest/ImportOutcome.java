package dev.verbatim.ingest;

import dev.verbatim.statement.StatementStore;
import dev.verbatim.statement.StatementView;

/**
 * What an import did with a page, the statement as stored (or as it would be), whence its zone
 * came, and how the page was read (null for a statement given whole).
 */
public record ImportOutcome(Result result, StatementView statement, ZoneSource zoneSource, ImportDiagnostics diagnostics) {

    /** What happened to the page. */
    public enum Result {
        /** Stored as a new statement. */
        CREATED,
        /** The same bytes were imported before; nothing changed. */
        UNCHANGED,
        /** A changed page from the same source address replaced the stored statement. */
        UPDATED,
        /** A dry run: parsed, not stored. */
        PARSED;

        static Result of(StatementStore.Result stored) {
            return switch (stored) {
                case CREATED -> CREATED;
                case UPDATED -> UPDATED;
                case UNCHANGED -> UNCHANGED;
            };
        }
    }

    /** Where the zone that dates the statement came from, in order of precedence. */
    public enum ZoneSource {
        PAGE, PARAMETER, ISSUER, ISSUER_LOCATION, DEFAULT;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
