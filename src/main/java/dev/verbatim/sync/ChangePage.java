package dev.verbatim.sync;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of the change feed, oldest change first. */
@Schema(name = "ChangePage", requiredProperties = { "items", "next" })
public record ChangePage(
        List<ChangeView> items,
        @Schema(description = "Where to resume: pass it as since. Never null; when items is empty it is the since "
                + "that was given, so a client polls with it until something changes") String next) {
}
