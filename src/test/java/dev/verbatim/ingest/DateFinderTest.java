package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2022-07-18 23:14                              | 2022-07-18 | 23:14    | -",
            "2022-07-18T23:14:05+02:00                     | 2022-07-18 | 23:14:05 | +02:00",
            "2022/07/18                                    | 2022-07-18 | -        | -",
            "2022.7.8                                      | 2022-07-08 | -        | -",
            "18 juillet 2022                               | 2022-07-18 | -        | -",
            "le 1er mars 2021 à 14h30                      | 2021-03-01 | 14:30    | -",
            "(3 mars 2021)                                 | 2021-03-03 | -        | -",
            "18 août 2022                                  | 2022-08-18 | -        | -",
            "July 18, 2022                                 | 2022-07-18 | -        | -",
            "Press Conference on November 29, 2018         | 2018-11-29 | -        | -",
            "18 July 2022                                  | 2022-07-18 | -        | -",
            "Sept. 3, 2019                                 | 2019-09-03 | -        | -",
            "Press Conference on June12, 2018              | 2018-06-12 | -        | -",
            "2022年7月18日                                 | 2022-07-18 | -        | -",
            "2018年6月13日外交部发言人耿爽主持例行记者会   | 2018-06-13 | -        | -",
            "来源：\u00a0\u00a0 2019-08-13                    | 2019-08-13 | -        | -",
            "Source: Embassy of X 2023-08-26 07:50:32      | 2023-08-26 | 07:50:32 | -",
            "2023-08-26 07:50 UTC+0800                     | 2023-08-26 | 07:50    | +08:00",
            "18 de julio de 2022                           | 2022-07-18 | -        | -",
            "Madrid, 18 de julio de 2022 a las 14:30       | 2022-07-18 | 14:30    | -",
            "18 de julho de 2022                           | 2022-07-18 | -        | -",
            "18. Juli 2022                                 | 2022-07-18 | -        | -",
            "Berlin, am 18. Juli 2022 um 14:30 Uhr         | 2022-07-18 | 14:30    | -",
            "18 июля 2022 года                             | 2022-07-18 | -        | -",
            "Москва, 1 марта 2021 г.                       | 2021-03-01 | -        | -",
            "18 يوليو 2022                                 | 2022-07-18 | -        | -",
            "١٨ يوليو ٢٠٢٢                                 | 2022-07-18 | -        | -",
            "18 تموز 2022                                  | 2022-07-18 | -        | -",
            "2022年7月18日（月）                           | 2022-07-18 | -        | -",
            "２０２２年７月１８日                           | 2022-07-18 | -        | -",
            "2022년 7월 18일                               | 2022-07-18 | -        | -",
            "18 luglio 2022                                | 2022-07-18 | -        | -",
    })
    void findsWrittenDates(String text, String date, String time, String offset) {
        FoundDate found = DateFinder.find(text).orElseThrow();
        assertEquals(date, found.date().toString());
        assertEquals(time, found.time() == null ? null : found.time().toString());
        assertEquals(offset, found.offset() == null ? null : found.offset().toString());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "今天", "yesterday", "aujourd'hui", "2022-02-30", "2022-13-01", "31 février 2022", "99999-01-01",
            "Le 18 juillet, le ministre a déclaré", "on the 12th", "1234", "" })
    void inventsNoDateFromRelativeWordsOrImpossibleDays(String text) {
        assertTrue(DateFinder.find(text).isEmpty(), text);
    }

    @Test
    void everyDateOfAPageIsFoundEvenBackToBack() {
        List<LocalDate> dates = DateFinder.findAll("Related: a (2019-07-18)(2019-07-17) 2019年7月16日; the July 15, 2019 briefing,"
                + " the 14 juillet 2019 one, and a year alone: 2019.");
        assertEquals(List.of("2019-07-14", "2019-07-15", "2019-07-16", "2019-07-17", "2019-07-18"),
                dates.stream().map(LocalDate::toString).distinct().sorted().toList());
    }
}
