package dev.verbatim.statement;

import java.text.Normalizer;
import java.util.Locale;

/** Readable ASCII identifiers made from names and titles. */
final class Slugs {

    static final int MAX_WORDS_LENGTH = 80;

    private Slugs() {
    }

    /** Lower-case ASCII words joined by hyphens, accents folded; empty when nothing Latin is left. */
    static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() <= MAX_WORDS_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', MAX_WORDS_LENGTH);
        return slug.substring(0, cut > 20 ? cut : MAX_WORDS_LENGTH);
    }
}
