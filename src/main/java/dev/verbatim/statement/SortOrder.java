package dev.verbatim.statement;

import java.util.Arrays;
import java.util.Optional;

/** The orders a list can come in: by publication, or by how well an item matches the search. */
public enum SortOrder {
    NEWEST, OLDEST, RELEVANCE;

    public String wireName() {
        return name().toLowerCase();
    }

    static Optional<SortOrder> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }
}
