package dev.verbatim.statement;

import static dev.verbatim.Api.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts by year, month and day, under the list's filters. */
@QuarkusTest
class ArchiveResourceTest {

    @Test
    void countsStatementsByYearMonthAndLocalDay() {
        given().queryParam("from", "2019-01-01").queryParam("to", "2019-12-31")
                .when().get("/api/v1/archive")
                .then().statusCode(200)
                .body("total", is(4))
                .body("years.year", equalTo(List.of(2019)))
                .body("years[0].count", is(4))
                .body("years[0].months.month", equalTo(List.of(8, 6, 1)))
                .body("years[0].months[0].count", is(2))
                .body("years[0].months[0].days.date", equalTo(List.of("2019-08-13", "2019-08-09")));
    }

    @Test
    void countsUseTheIssuersLocalCalendar() {
        given().queryParam("date", "2022-07-18").when().get("/api/v1/archive")
                .then().statusCode(200)
                .body("total", is(2))
                .body("years[0].months[0].days[0].count", is(2));
    }

    @Test
    void takesTheListFilters() {
        // The sample office has published four statements in English and one in French.
        given().queryParam("lang", "en").queryParam("issuer", "verbatim-sample-office")
                .when().get("/api/v1/archive")
                .then().statusCode(200).body("total", is(4));
        given().queryParam("issuer", "nobody-publishes-here").when().get("/api/v1/archive")
                .then().statusCode(200).body("total", is(0)).body("years", equalTo(List.of()));
    }

    @Test
    void refusesTheSameBadInputAsTheList() {
        given().queryParam("from", "2022-02-30").when().get("/api/v1/archive")
                .then().statusCode(400).body("errors[0].field", equalTo("from"));
    }

    @Test
    void theSearchRulesOfTheListsHoldHereToo() {
        given().queryParam("q", "x".repeat(501)).when().get("/api/v1/archive")
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("q"));
        given().queryParam("q", "-").when().get("/api/v1/archive").then().statusCode(400);
    }
}
