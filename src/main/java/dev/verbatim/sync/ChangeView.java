package dev.verbatim.sync;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change in the feed. */
@Schema(name = "Change", requiredProperties = { "cursor", "kind", "id", "at", "version" })
public record ChangeView(
        @Schema(description = "Resume after this change by passing it as since") String cursor,
        @Schema(enumeration = { "created", "updated", "deleted" },
                description = "deleted: the statement was withdrawn and now answers 410") String kind,
        @Schema(description = "The statement's id") String id,
        @Schema(description = "When the change was made") Instant at,
        @Schema(description = "The statement's version after the change") long version) {

    static ChangeView of(StatementChange change) {
        return new ChangeView(new ChangeCursor(change.seq).encode(), change.kind, change.statementId, change.changedAt,
                change.version);
    }
}
