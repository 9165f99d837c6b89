package dev.verbatim.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A page as text, with what its HTML said besides: the elements each head line came from (by line
 * index), and the dates written anywhere on the page, links and lists included, which give the
 * year of a date written without one.
 */
record PageSource(String text, Map<Integer, List<Segment>> elements, List<LocalDate> pageDates) {

    /** A piece of a line and the element it came from. */
    record Segment(String text, String element) {
    }

    static PageSource of(String text) {
        return new PageSource(text, Map.of(), List.of());
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
