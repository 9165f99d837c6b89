package dev.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalTimesTest {

    @ParameterizedTest(name = "{0} in {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "2022-07-18T23:14:00+02:00 | Europe/Brussels  | 18 July 2022, 23:14 CEST",
            "2022-01-18T23:14:00+01:00 | Europe/Brussels  | 18 January 2022, 23:14 CET",
            "2019-08-13T15:00:00+08:00 | Asia/Shanghai    | 13 August 2019, 15:00 CST",
            "2022-07-18T23:30:00-04:00 | America/New_York | 18 July 2022, 23:30 EDT",
            // The issuer's zone had another offset then (a statement dated in another zone): the offset tells it.
            "2022-07-18T23:30:00-04:00 | Europe/Brussels  | 18 July 2022, 23:30 UTC-04:00",
            "2022-07-18T10:00:00Z      | null             | 18 July 2022, 10:00 UTC",
            "2022-07-18T10:00:00+05:30 | null             | 18 July 2022, 10:00 UTC+05:30",
            // The hour that happens twice when clocks go back: the abbreviation tells which.
            "2022-10-30T02:30:00+02:00 | Europe/Brussels  | 30 October 2022, 02:30 CEST",
            "2022-10-30T02:30:00+01:00 | Europe/Brussels  | 30 October 2022, 02:30 CET",
    })
    void datesAreWrittenInTheIssuersClockWithItsZonesAbbreviation(String at, String zone, String expected) {
        assertEquals(expected, LocalTimes.dateTime(OffsetDateTime.parse(at), zone == null ? null : ZoneId.of(zone)));
    }

    @ParameterizedTest
    @CsvSource({ "2022-07-18, /2022/07/18, Monday 18 July 2022", "1900-01-01, /1900/01/01, Monday 1 January 1900",
            "2100-12-31, /2100/12/31, Friday 31 December 2100" })
    void daysHaveAPathAndAName(LocalDate day, String path, String name) {
        assertEquals(path, LocalTimes.dayPath(day));
        assertEquals(name, LocalTimes.weekday(day));
    }
}
