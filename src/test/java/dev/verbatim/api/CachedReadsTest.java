package dev.verbatim.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CachedReadsTest {

    @ParameterizedTest(name = "Accept: {0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL                              | true",
            "*/*                               | true",
            "application/json                  | true",
            "application/*                     | true",
            "text/html, application/json;q=0.5 | true",
            "APPLICATION/JSON                  | true",
            "application/xml                   | false",
            "text/*                            | false",
            "application/json;q=0              | false",
            "application/json; q=0.0           | false",
    })
    void aCachedJsonReadIsServedOnlyToClientsThatTakeJson(String accept, boolean served) {
        assertEquals(served, CachedReads.accepts(accept, "application/json;charset=UTF-8"));
    }
}
