package dev.verbatim.statement;

import dev.verbatim.domain.InvalidArguments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {

    @Test
    void aCursorSurvivesTheRoundTripToTheNanosecond() {
        Cursor cursor = Cursor.after(SortOrder.OLDEST, Instant.parse("2022-07-18T21:14:00.123456789Z"), "k7d2m9x4q1v8w3zc");
        String token = cursor.encode();
        assertTrue(token.matches("[A-Za-z0-9_-]+"), "URL-safe: " + token);
        assertEquals(cursor, Cursor.decode(token));
    }

    @Test
    void datesBeforeTheEpochAreCursorsToo() {
        Cursor cursor = Cursor.after(SortOrder.NEWEST, Instant.parse("1912-01-01T00:00:00Z"), "a");
        assertEquals(cursor, Cursor.decode(cursor.encode()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "x", "%%%", "MXxuZXdlc3Q", "MnxuZXdlc3R8MXwwfGE", "MXxzaWRld2F5c3wxfDB8YQ", "MXxuZXdlc3R8eHwwfGE",
            "MXxuZXdlc3R8MXwwfA", "MXxuZXdlc3R8OTk5OTk5OTk5OTk5OTk5OTk5fDB8YQ" })
    void anythingElseIsAnInvalidCursorParameter(String token) {
        var e = assertThrows(InvalidArguments.class, () -> Cursor.decode(token));
        assertEquals("cursor", e.violations().get(0).field());
    }
}
