package dev.verbatim.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The media ranges of an Accept header with their weights (RFC 9110, 12.5.1). */
record MediaRanges(List<Range> ranges) {

    /** One range: a type, a family ({@code text/*}) or anything ({@code * /*}), and its weight from 0 to 1. */
    record Range(String type, double quality) {

        boolean refused() {
            return quality <= 0;
        }

        /** How closely this range names a type: 3 the type itself, 2 its family, 1 anything, 0 not at all. */
        int specificity(String wanted) {
            if (type.equals(wanted)) {
                return 3;
            }
            if (type.endsWith("/*") && wanted.startsWith(type.substring(0, type.length() - 1))) {
                return 2;
            }
            return type.equals("*/*") ? 1 : 0;
        }
    }

    static MediaRanges of(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String range : accept.split(",")) {
            String[] parts = range.split(";");
            double quality = 1;
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].trim().replace(" ", "").toLowerCase(Locale.ROOT);
                if (parameter.startsWith("q=")) {
                    try {
                        quality = Double.parseDouble(parameter.substring(2));
                    } catch (NumberFormatException e) {
                        quality = 1;
                    }
                }
            }
            String type = parts[0].trim().toLowerCase(Locale.ROOT);
            if (!type.isEmpty()) {
                ranges.add(new Range(type, quality));
            }
        }
        return new MediaRanges(ranges);
    }

    /** The weight the client gives a type: that of the most specific range naming it, 0 where none does. */
    double quality(String type) {
        String wanted = type.toLowerCase(Locale.ROOT);
        Range best = null;
        for (Range range : ranges) {
            int specificity = range.specificity(wanted);
            if (specificity > 0 && (best == null || specificity > best.specificity(wanted))) {
                best = range;
            }
        }
        return best == null ? 0 : best.quality();
    }

    /** Whether the client takes this type. */
    boolean takes(String type) {
        return quality(type) > 0;
    }

    /** Whether a range names this very type with a weight above zero. */
    boolean names(String type) {
        return ranges.stream().anyMatch(range -> !range.refused() && range.type().equals(type));
    }
}
