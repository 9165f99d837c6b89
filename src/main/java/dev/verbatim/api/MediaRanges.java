package dev.verbatim.api;

import java.util.ArrayList;
import java.util.List;

/** The media ranges of an Accept header, each with whether the client refuses it ({@code q=0}). */
record MediaRanges(List<Range> ranges) {

    record Range(String type, boolean refused) {
    }

    static MediaRanges of(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            boolean refused = false;
            for (int i = 1; i < parts.length; i++) {
                refused |= parts[i].trim().replace(" ", "").toLowerCase().matches("q=0(\\.0*)?");
            }
            ranges.add(new Range(parts[0].trim().toLowerCase(), refused));
        }
        return new MediaRanges(ranges);
    }

    /** Whether a range names this type, or its family, or anything, with a weight above zero. */
    boolean takes(String type) {
        String family = type.substring(0, type.indexOf('/') + 1) + "*";
        for (Range range : ranges) {
            if (!range.refused() && (range.type().equals("*/*") || range.type().equals(family) || range.type().equals(type))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a range names this very type with a weight above zero. */
    boolean names(String type) {
        return ranges.stream().anyMatch(range -> !range.refused() && range.type().equals(type));
    }
}
