package dev.verbatim.security;

import java.util.Set;

/** What a key may do. Each role includes the ones below it. */
public enum Role {
    READER, EDITOR, ADMIN;

    public static final String EDITOR_NAME = "editor";
    public static final String ADMIN_NAME = "admin";

    public String wireName() {
        return name().toLowerCase();
    }

    /** The role names a key of this role holds, for {@code @RolesAllowed}. */
    Set<String> granted() {
        return switch (this) {
            case READER -> Set.of("reader");
            case EDITOR -> Set.of("reader", EDITOR_NAME);
            case ADMIN -> Set.of("reader", EDITOR_NAME, ADMIN_NAME);
        };
    }
}
