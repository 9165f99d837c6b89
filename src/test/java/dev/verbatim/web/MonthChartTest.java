package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.statement.Archive;
import java.util.List;
import org.junit.jupiter.api.Test;

class MonthChartTest {

    private static Archive.Month month(int month, long count) {
        return new Archive.Month(month, count, List.of());
    }

    @Test
    void everyMonthFromTheFirstToTheLastHasABarTheBusiestTheTallest() {
        Archive archive = new Archive(7, List.of(
                new Archive.Year(2020, 3, List.of(month(2, 3))),
                new Archive.Year(2019, 4, List.of(month(12, 1), month(11, 3)))));
        MonthChart chart = MonthChart.of(archive);
        assertEquals(4, chart.bars().size(), "November 2019 to February 2020");
        assertEquals(List.of(100, 33, 0, 100), chart.bars().stream().map(MonthChart.Bar::height).toList());
        assertEquals(List.of("November 2019", "December 2019", "January 2020", "February 2020"),
                chart.bars().stream().map(MonthChart.Bar::label).toList());
        assertEquals(List.of("2019"), chart.ticks().stream().map(MonthChart.Tick::label).toList(), "2020 would overlap");
        assertEquals("7 statements from November 2019 to February 2020; the most in one month: 3, in November 2019.", chart.summary());
    }

    @Test
    void aSmallCountStillShowsAndNothingIsSaidInWords() {
        Archive archive = new Archive(1001, List.of(new Archive.Year(2021, 1001, List.of(month(1, 1000), month(3, 1)))));
        assertEquals(List.of(100, 0, 1), MonthChart.of(archive).bars().stream().map(MonthChart.Bar::height).toList());
        assertEquals("No statements.", MonthChart.of(new Archive(0, List.of())).summary());
    }
}
