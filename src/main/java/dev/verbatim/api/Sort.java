package dev.verbatim.api;

import java.util.Arrays;
import java.util.Optional;

/** The orders a list can come in. */
public enum Sort {
    NEWEST, OLDEST;

    public String wireName() {
        return name().toLowerCase();
    }

    static Optional<Sort> fromWire(String value) {
        return Arrays.stream(values()).filter(s -> s.wireName().equals(value)).findFirst();
    }
}
