package dev.verbatim.ingest;

import com.ibm.icu.impl.ZoneMeta;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.text.TimeZoneNames;
import com.ibm.icu.util.Output;
import com.ibm.icu.util.TimeZone;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where an issuer is, from its name: the country or city that follows a word of place ("Ambassade
 * de Chine en France", "Embassy of China in the UK", "中国驻比利时使馆", "駐英國", "Посольство в
 * России", "在フランス"), and that place's time zone. Country and city names in each language read,
 * and each country's zones, come from ICU's data (CLDR): a country's name in any of the languages,
 * short or long, and every zone's city as each language writes it.
 */
final class IssuerLocation {

    /** The languages whose country and city names are read. */
    private static final List<String> LANGUAGES = List.of("en", "fr", "es", "de", "ru", "ar", "ja", "zh", "zh-Hant", "it", "pt", "nl");
    /**
     * Words before a place: in, en, au, aux, à, im, в, во, في, 驻, 駐, 在, each with the articles that
     * may follow it ("in the", "en el", "à la", "in der").
     */
    private static final Pattern PLACE_WORD = Pattern.compile("(?iu)(?:(?<![\\p{L}])(?:in(?: the| der| den)?|im|en(?: el| la| los| las)?"
            + "|aux?|à(?: la| l')?|nel(?:la|l')?|na|no|em|в|во|في)\\s+|(?:驻|駐|在))(?:l['’])?");
    /**
     * Capitals' zones for the countries of several zones whose CLDR data names no primary zone: CLDR
     * knows no capitals, and these are the only countries where the capital cannot be told from it.
     */
    private static final Map<String, String> CAPITAL_ZONES = Map.ofEntries(Map.entry("US", "America/New_York"),
            Map.entry("RU", "Europe/Moscow"), Map.entry("CA", "America/Toronto"), Map.entry("AU", "Australia/Sydney"),
            Map.entry("BR", "America/Sao_Paulo"), Map.entry("MX", "America/Mexico_City"), Map.entry("AR", "America/Buenos_Aires"),
            Map.entry("ID", "Asia/Jakarta"), Map.entry("KZ", "Asia/Almaty"), Map.entry("CD", "Africa/Kinshasa"),
            Map.entry("MN", "Asia/Ulaanbaatar"), Map.entry("CY", "Asia/Nicosia"), Map.entry("PG", "Pacific/Port_Moresby"),
            Map.entry("GL", "America/Godthab"), Map.entry("FM", "Pacific/Ponape"), Map.entry("KI", "Pacific/Tarawa"),
            Map.entry("PF", "Pacific/Tahiti"), Map.entry("PS", "Asia/Hebron"));
    private static final int LONGEST_NAME = 40;
    /** Where a title turns to its subject: "on", "sur", "sobre", "zu", "по", "حول", "就", "关于", "について". */
    private static final Pattern SUBJECT = Pattern.compile("(?iu)\\s(?:on|about|regarding|sur|au sujet|concernant|sobre|acerca|zu|über|по|о|حول|بشأن)\\s"
            + "|就|关于|關於|について|に関する");

    private IssuerLocation() {
    }

    /** A place named, as the text writes it, and its zone. */
    record Place(String name, ZoneId zone, String region) {
    }

    /** Where a title's opening puts its issuer: what comes before the title's subject ("... in the UK on the ..."). */
    static Optional<Place> ofTitle(String title) {
        if (title == null) {
            return Optional.empty();
        }
        Matcher subject = SUBJECT.matcher(title);
        return of(subject.find() ? title.substring(0, subject.start()) : title);
    }

    /** The place the text puts its issuer in, if it names one after a word of place. */
    static Optional<Place> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Matcher place = PLACE_WORD.matcher(text);
        while (place.find()) {
            Optional<Place> found = nameAt(text, place.end());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The longest name of a place that starts at the position. */
    private static Optional<Place> nameAt(String text, int start) {
        int end = Math.min(text.length(), start + LONGEST_NAME);
        for (int stop = end; stop > start; stop--) {
            if (stop < text.length() && isLetter(text, stop) && !isCjk(text, stop - 1) && isLetter(text, stop - 1)) {
                continue; // a name ends where a word ends, except in scripts without spaces
            }
            String written = text.substring(start, stop);
            Names.Entry entry = Names.lookup(written);
            if (entry != null) {
                return Optional.of(new Place(written, ZoneId.of(TimeZone.getIanaID(entry.zone())), entry.region()));
            }
        }
        return Optional.empty();
    }

    private static boolean isLetter(String text, int index) {
        return Character.isLetter(text.charAt(index));
    }

    private static boolean isCjk(String text, int index) {
        Character.UnicodeScript script = Character.UnicodeScript.of(text.charAt(index));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }

    /** The names, built once from ICU's data when first needed. */
    private static final class Names {

        record Entry(String region, String zone) {
        }

        private static final Map<String, Entry> BY_NAME = new HashMap<>();
        /** Russian declines names ("в России", "во Франции"): their stems, without the last letter. */
        private static final Map<String, Entry> BY_STEM = new HashMap<>();

        static {
            for (String region : ULocale.getISOCountries()) {
                String zone = zoneOf(region);
                if (zone == null) {
                    continue;
                }
                Entry entry = new Entry(region, zone);
                BY_NAME.putIfAbsent(region, entry); // "in the UK" is GB's short name; "in the US" is the code
                for (String language : LANGUAGES) {
                    ULocale locale = ULocale.forLanguageTag(language);
                    for (DisplayContext length : List.of(DisplayContext.LENGTH_FULL, DisplayContext.LENGTH_SHORT)) {
                        add(LocaleDisplayNames.getInstance(locale, length).regionDisplayName(region), entry);
                    }
                }
            }
            for (String zone : TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, null, null)) {
                Entry entry = new Entry(TimeZone.getRegion(zone), zone);
                for (String language : LANGUAGES) {
                    add(TimeZoneNames.getInstance(ULocale.forLanguageTag(language)).getExemplarLocationName(zone), entry);
                }
            }
        }

        private static void add(String name, Entry entry) {
            if (name == null || name.length() < 2 || name.equals(entry.region())) {
                return;
            }
            BY_NAME.putIfAbsent(key(name), entry);
            BY_NAME.putIfAbsent(key(withoutAccents(name)), entry);
            if (Character.UnicodeScript.of(name.charAt(0)) == Character.UnicodeScript.CYRILLIC && name.length() > 4
                    && !name.contains(" ")) {
                BY_STEM.putIfAbsent(key(name.substring(0, name.length() - 1)), entry);
            }
        }

        static Entry lookup(String written) {
            if (written.length() == 2 && written.equals(written.toUpperCase(Locale.ROOT))) {
                Entry code = BY_NAME.get(written);
                if (code != null) {
                    return code;
                }
            }
            Entry entry = BY_NAME.get(key(written));
            if (entry == null && written.length() > 4) {
                entry = BY_STEM.get(key(written.substring(0, written.length() - 1)));
            }
            return entry;
        }

        private static String key(String name) {
            return name.toLowerCase(Locale.ROOT).replace('’', '\'');
        }

        private static String withoutAccents(String name) {
            return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        }

        /**
         * A country's zone: its only one; else the one CLDR names primary for it; else its capital's.
         * Countries with no zone of their own (Antarctica) have none.
         */
        private static String zoneOf(String region) {
            Set<String> zones = TimeZone.getAvailableIDs(TimeZone.SystemTimeZoneType.CANONICAL_LOCATION, region, null);
            if (zones.size() == 1) {
                return zones.iterator().next();
            }
            for (String zone : zones) {
                Output<Boolean> primary = new Output<>();
                ZoneMeta.getCanonicalCountry(zone, primary);
                if (Boolean.TRUE.equals(primary.value)) {
                    return zone;
                }
            }
            return CAPITAL_ZONES.get(region);
        }
    }
}
