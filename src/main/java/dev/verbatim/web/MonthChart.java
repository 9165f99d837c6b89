package dev.verbatim.web;

import dev.verbatim.statement.Archive;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Statements per month as bars, every month from the first to the last that has any, drawn by the
 * server as inline SVG: readable without JavaScript, and told in words for those who do not see it.
 */
record MonthChart(int width, int height, List<Bar> bars, List<Tick> ticks, String summary) {

    static final int BAR = 6;
    static final int STEP = 8;
    static final int PLOT = 100;
    static final int AXIS = 16;

    /** One month's bar, its height proportional to its count; {@code label} names the month. */
    record Bar(int x, int y, int height, String label, long count, String href) {
    }

    /** A year's label under its January (or its first month shown). */
    record Tick(int x, String label) {
    }

    static MonthChart of(Archive archive) {
        Map<YearMonth, Long> counts = new TreeMap<>();
        archive.years().forEach(year -> year.months().forEach(month -> counts.put(YearMonth.of(year.year(), month.month()), month.count())));
        if (counts.isEmpty()) {
            return new MonthChart(0, 0, List.of(), List.of(), "No statements.");
        }
        YearMonth first = counts.keySet().iterator().next();
        YearMonth last = ((TreeMap<YearMonth, Long>) counts).lastKey();
        long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(1);
        YearMonth busiest = counts.entrySet().stream().filter(e -> e.getValue() == most).findFirst().orElseThrow().getKey();
        List<Bar> bars = new ArrayList<>();
        List<Tick> ticks = new ArrayList<>();
        int i = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1), i++) {
            long count = counts.getOrDefault(month, 0L);
            int height = count == 0 ? 0 : Math.max(1, (int) Math.round((double) PLOT * count / most));
            bars.add(new Bar(i * STEP, PLOT - height, height, LocalTimes.month(month.getYear(), month.getMonthValue()), count,
                    LocalTimes.monthPath(month.getYear(), month.getMonthValue())));
            if (month.getMonthValue() == 1 || month.equals(first)) {
                ticks.add(new Tick(i * STEP, Integer.toString(month.getYear())));
            }
        }
        String span = first.equals(last) ? " in " + LocalTimes.month(first.getYear(), first.getMonthValue())
                : " from " + LocalTimes.month(first.getYear(), first.getMonthValue()) + " to " + LocalTimes.month(last.getYear(), last.getMonthValue())
                        + "; the most in one month: " + most + ", in " + LocalTimes.month(busiest.getYear(), busiest.getMonthValue());
        String summary = archive.total() + (archive.total() == 1 ? " statement" : " statements") + span + ".";
        return new MonthChart(Math.max(bars.size() * STEP, 40), PLOT + AXIS, bars, ticks(ticks), summary);
    }

    /** Year labels far enough apart to be read: a year's months are 96 units wide, a label about 28. */
    private static List<Tick> ticks(List<Tick> all) {
        List<Tick> kept = new ArrayList<>();
        for (Tick tick : all) {
            if (kept.isEmpty() || tick.x() - kept.get(kept.size() - 1).x() >= 32) {
                kept.add(tick);
            }
        }
        return kept;
    }
}
