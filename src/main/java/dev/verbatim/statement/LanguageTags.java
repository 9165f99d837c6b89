package dev.verbatim.statement;

import java.util.regex.Pattern;

/**
 * What a statement's language may be: a BCP 47 tag (RFC 5646) of a primary language subtag and
 * further subtags, such as {@code fr}, {@code zh-Hant} or {@code en-GB-oxendict-x-private1}, of at
 * most 35 characters, the length RFC 5646 (4.4.1) asks every implementation to keep whole.
 */
public final class LanguageTags {

    /** The form of a tag, for {@code @Pattern} and the OpenAPI document. */
    public static final String REGEXP = "[a-z]{2,3}(-[A-Za-z0-9]{1,8})*";
    public static final int MAX_LENGTH = 35;
    public static final String RULE = "must be a language code (a BCP 47 tag) such as fr, en, zh or zh-Hant, of at most 35 characters";

    private static final Pattern FORM = Pattern.compile(REGEXP);

    private LanguageTags() {
    }

    public static boolean isValid(String tag) {
        return tag.length() <= MAX_LENGTH && FORM.matcher(tag).matches();
    }
}
