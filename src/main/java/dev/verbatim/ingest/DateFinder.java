package dev.verbatim.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a written date, with its time and offset when present: 2022-07-18 23:14, 2022/07/18,
 * 18 juillet 2022, July 18, 2022, 18 July 2022, 2022年7月18日. Relative words (today, 今天,
 * yesterday) are never dates: a date is only what the page writes out.
 */
final class DateFinder {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH_NAMES = "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
            + "|novembre|décembre|decembre|january|february|march|april|may|june|july|august|september|october|november"
            + "|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";
    private static final String TIME = "(?:(?:\\s*,)?(?:\\s+à|\\s+at|\\s*T|\\s)\\s*(\\d{1,2})\\s*(?::|h|时)\\s*(\\d{2})(?:\\s*(?::|分)\\s*(\\d{2}))?"
            + "(?:\\s*(?:UTC|GMT)?\\s*([+-]\\d{2}:?\\d{2}|Z)(?![\\d:]))?)?";

    private static final List<Pattern> PATTERNS = List.of(
            // 2022-07-18, 2022/07/18, 2022.07.18
            Pattern.compile("(?<![\\d.])(?<y>\\d{4})\\s*[-/.]\\s*(?<m>\\d{1,2})\\s*[-/.]\\s*(?<d>\\d{1,2})(?![\\d])" + TIME),
            // 2022年7月18日
            Pattern.compile("(?<y>\\d{4})\\s*年\\s*(?<m>\\d{1,2})\\s*月\\s*(?<d>\\d{1,2})\\s*日" + TIME),
            // 18 juillet 2022, 1er mars 2021, 18 July 2022
            Pattern.compile("(?iu)(?<![\\d\\p{L}])(?<d>\\d{1,2})(?:er|st|nd|rd|th)?\\s+(?<mn>" + MONTH_NAMES + ")\\.?,?\\s+(?<y>\\d{4})(?!\\d)" + TIME),
            // July 18, 2022
            Pattern.compile("(?iu)(?<![\\p{L}])(?<mn>" + MONTH_NAMES + ")\\.?\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<y>\\d{4})(?!\\d)" + TIME));

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

    private static FoundDate toDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("y"));
            int month = m.pattern().pattern().contains("?<mn>") ? MONTHS.get(m.group("mn").toLowerCase()) : Integer.parseInt(m.group("m"));
            int day = Integer.parseInt(m.group("d"));
            if (year < 1900 || year > 2100) {
                return null;
            }
            LocalDate date = LocalDate.of(year, month, day);
            int timeGroup = m.groupCount() - 3;
            LocalTime time = null;
            ZoneOffset offset = null;
            if (m.group(timeGroup) != null) {
                int seconds = m.group(timeGroup + 2) == null ? 0 : Integer.parseInt(m.group(timeGroup + 2));
                time = LocalTime.of(Integer.parseInt(m.group(timeGroup)), Integer.parseInt(m.group(timeGroup + 1)), seconds);
                if (m.group(timeGroup + 3) != null) {
                    offset = ZoneOffset.of(m.group(timeGroup + 3).length() == 5 && !m.group(timeGroup + 3).contains(":")
                            ? m.group(timeGroup + 3).substring(0, 3) + ":" + m.group(timeGroup + 3).substring(3)
                            : m.group(timeGroup + 3));
                }
            }
            return new FoundDate(date, time, offset, m.start(), m.end());
        } catch (DateTimeException | NullPointerException | NumberFormatException e) {
            return null;
        }
    }
}
