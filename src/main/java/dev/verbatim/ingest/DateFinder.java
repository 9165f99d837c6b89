package dev.verbatim.ingest;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds a written date, with its time and offset when present: 2022-07-18 23:14, 2022/07/18,
 * 18 juillet 2022, July 18, 2022, 18 de julio de 2022, 18. Juli 2022, 18 июля 2022, 18 يوليو 2022,
 * 2022年7月18日, 2022년 7월 18일, in any script's digits. Month names, full and short, in each
 * form a language writes them, come from the JDK's locale data. Relative words (today, 今天,
 * yesterday) are never dates: a date is only what the page writes out.
 */
final class DateFinder {

    /** The languages whose month names are read; Chinese, Japanese and Korean write months as numbers. */
    private static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.UK, Locale.FRENCH, Locale.forLanguageTag("es"),
            Locale.GERMAN, Locale.forLanguageTag("ru"), Locale.forLanguageTag("ar"), Locale.forLanguageTag("ar-SY"), Locale.ITALIAN,
            Locale.forLanguageTag("pt"), Locale.forLanguageTag("nl"));
    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Integer> FULL_MONTHS = new HashMap<>();

    static {
        for (Locale locale : LOCALES) {
            for (int month = 1; month <= 12; month++) {
                LocalDate day = LocalDate.of(2000, month, 1);
                for (String pattern : List.of("MMMM", "LLLL", "MMM", "LLL")) {
                    String name = DateTimeFormatter.ofPattern(pattern, locale).format(day).toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
                    for (String form : List.of(name, withoutAccents(name))) {
                        MONTHS.put(form, month);
                        if (pattern.length() == 4) {
                            FULL_MONTHS.put(form, month);
                        }
                    }
                }
            }
        }
    }

    private static final String D = "\\p{Nd}";
    private static final String TIME = "(?:(?:\\s*,)?(?:\\s+(?:à|at|a las|um|в)|\\s*T|\\s)\\s*(" + D + "{1,2})\\s*(?::|h|时|時)\\s*(" + D
            + "{2})(?:\\s*(?::|分)\\s*(" + D + "{2}))?(?:\\s*(?:UTC|GMT)?\\s*([+-]\\d{2}:?\\d{2}|Z)(?![\\d:]))?)?";
    private static final String MONTH = alternation(MONTHS);
    private static final String DAY_SUFFIX = "(?:er|st|nd|rd|th|\\.)?";

    private static final List<Pattern> PATTERNS = List.of(
            // 2022-07-18, 2022/07/18, 2022.07.18
            Pattern.compile("(?<![\\p{Nd}.])(?<y>" + D + "{4})\\s*[-/.]\\s*(?<m>" + D + "{1,2})\\s*[-/.]\\s*(?<d>" + D + "{1,2})(?!"
                    + D + ")" + TIME),
            // 2022年7月18日, 2022년 7월 18일
            Pattern.compile("(?<y>" + D + "{4})\\s*[年년]\\s*(?<m>" + D + "{1,2})\\s*[月월]\\s*(?<d>" + D + "{1,2})\\s*[日일]" + TIME),
            // 18 juillet 2022, 1er mars 2021, 18 July 2022, 18. Juli 2022, 18 de julio de 2022, 18 июля 2022
            Pattern.compile("(?iu)(?<![\\p{Nd}\\p{L}])(?<d>" + D + "{1,2})" + DAY_SUFFIX + "\\s*(?:de\\s+)?(?<mn>" + MONTH
                    + ")(?!\\p{L})\\.?,?\\s+(?:de\\s+)?(?<y>" + D + "{4})(?!" + D + ")" + TIME),
            // July 18, 2022, June12, 2018
            Pattern.compile("(?iu)(?<!\\p{L})(?<mn>" + MONTH + ")\\.?\\s*(?<d>" + D + "{1,2})(?!" + D + ")(?:st|nd|rd|th)?,?\\s+(?<y>"
                    + D + "{4})(?!" + D + ")" + TIME));

    private static final Pattern YEAR = Pattern.compile("(?<!\\p{Nd})\\p{Nd}{4}(?!\\p{Nd})");
    /** How far before and after its year a date is written: "le mercredi 18 septembre 2022 à 14h30". */
    private static final int AROUND_YEAR = 40;
    private static final List<Pattern> DAY_AND_MONTH = List.of(
            Pattern.compile("(?<![\\p{Nd}年])(?<m>" + D + "{1,2})\\s*月\\s*(?<d>" + D + "{1,2})\\s*日"),
            Pattern.compile("(?iu)(?<![\\p{Nd}\\p{L}])(?<d>" + D + "{1,2})" + DAY_SUFFIX + "\\s*(?:de\\s+)?(?<mn>" + alternation(FULL_MONTHS)
                    + ")(?!\\p{L})"),
            Pattern.compile("(?iu)(?<!\\p{L})(?<mn>" + alternation(FULL_MONTHS) + ")\\s*(?<d>" + D + "{1,2})(?!" + D + ")"));

    private DateFinder() {
    }

    /** The first written date in the text, if any. */
    static Optional<FoundDate> find(String text) {
        String plain = PageText.plainSpaces(text);
        FoundDate best = null;
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(plain);
            while (m.find()) {
                FoundDate found = toDate(m);
                if (found != null) {
                    if (best == null || found.start() < best.start()) {
                        best = found;
                    }
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Every written date in the text, in no particular order. A date holds a year of four digits:
     * only the few words around each are read, which keeps a long page quick to scan.
     */
    static List<LocalDate> findAll(String text) {
        String plain = PageText.plainSpaces(text);
        List<LocalDate> dates = new ArrayList<>();
        Matcher year = YEAR.matcher(plain);
        while (year.find()) {
            int from = Math.max(0, year.start() - AROUND_YEAR);
            String around = plain.substring(from, Math.min(plain.length(), year.end() + AROUND_YEAR));
            int at = year.start() - from;
            for (Pattern pattern : PATTERNS) {
                Matcher m = pattern.matcher(around);
                while (m.find()) {
                    FoundDate found = m.start() <= at && at < m.end() ? toDate(m) : null;
                    if (found != null) {
                        dates.add(found.date());
                    }
                }
            }
        }
        return dates;
    }

    /** A day and a month written without a year: "September 10", "10 septembre", "9月10日". */
    static Optional<MonthDay> findDayAndMonth(String text) {
        String plain = PageText.plainSpaces(text);
        for (Pattern pattern : DAY_AND_MONTH) {
            Matcher m = pattern.matcher(plain);
            while (m.find()) {
                try {
                    int month = month(m);
                    return Optional.of(MonthDay.of(month, Integer.parseInt(m.group("d"))));
                } catch (DateTimeException | NumberFormatException e) {
                    // not a day of that month: look further
                }
            }
        }
        return Optional.empty();
    }

    private static int month(Matcher m) {
        return m.pattern().pattern().contains("?<mn>") ? MONTHS.get(withoutAccents(m.group("mn").toLowerCase(Locale.ROOT)))
                : Integer.parseInt(m.group("m"));
    }

    private static FoundDate toDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int day = Integer.parseInt(m.group("d"));
            if (year < 1900 || year > 2100) {
                return null;
            }
            LocalDate date = LocalDate.of(year, month(m), day);
            int timeGroup = m.groupCount() - 3;
            LocalTime time = null;
            ZoneOffset offset = null;
            if (m.group(timeGroup) != null) {
                int seconds = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
                time = LocalTime.of(Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)), seconds);
                if (m.group(timeGroup + 3) != null) {
                    offset = offset(m.group(timeGroup + 3));
                }
            }
            return new FoundDate(date, time, offset, m.start(), m.end());
        } catch (DateTimeException | NullPointerException | NumberFormatException e) {
            return null;
        }
    }

    private static ZoneOffset offset(String written) {
        return ZoneOffset.of(written.length() == 5 && !written.contains(":") ? written.substring(0, 3) + ":" + written.substring(3) : written);
    }

    private static String withoutAccents(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The names as one alternation, longest first, so that "sept" is tried before "sep". */
    private static String alternation(Map<String, Integer> names) {
        return names.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
