package dev.verbatim.web;

import java.util.Locale;

/** Names of languages for people: "French (français)", from the JDK's locale data. */
final class Languages {

    private Languages() {
    }

    /** The English name of a BCP 47 tag, with its own name beside it where it differs; the tag itself when unknown. */
    static String name(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        String english = locale.getDisplayName(Locale.ENGLISH);
        if (english.isBlank() || english.equalsIgnoreCase(tag)) {
            return tag;
        }
        String own = locale.getDisplayName(locale);
        return own.isBlank() || own.equals(english) ? english : english + " (" + own + ")";
    }
}
