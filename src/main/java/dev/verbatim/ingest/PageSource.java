package dev.verbatim.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page as text, with what its HTML said besides: the elements each line came from (by line
 * index), the dates written anywhere on the page, links and lists included, which give the year
 * of a date written without one, and the links of its content, which tell a listing.
 */
record PageSource(String text, Map<Integer, List<Segment>> elements, List<LocalDate> pageDates, Links links) {

    /** The links of the page's content, and how much of its text they make up. */
    record Links(int count, int linkText, int text) {

        static final Links NONE = new Links(0, 0, 0);

        /**
         * Whether the content is a list of links to other pages rather than a statement: many
         * links, which make most of its text.
         */
        boolean isListing() {
            return count >= LISTING_LINKS && linkText * 2 > text;
        }
    }

    /** The fewest links a listing holds. */
    static final int LISTING_LINKS = 8;

    /** A piece of a line and the element it came from. */
    record Segment(String text, String element) {
    }

    static PageSource of(String text) {
        return new PageSource(text, Map.of(), List.of(), Links.NONE);
    }

    /** The element that holds a part of a line (a date), else the line's first, else null. */
    String element(int line, String part) {
        List<Segment> segments = elements.getOrDefault(line, List.of());
        for (Segment segment : segments) {
            if (part != null && !part.isEmpty() && PageText.plainSpaces(segment.text()).contains(part)) {
                return segment.element();
            }
        }
        return segments.isEmpty() ? null : segments.get(0).element();
    }
}
