package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.verbatim.domain.InvalidArguments;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What users type in q, made a query: OR between words, and nothing that is not a word searched. */
class SearchQueryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '=', value = {
            "a OR b = a | b",
            "(a OR b) c = (a | b) c",
            "a OR = a |",
            "ORANGE OR orchid = ORANGE | orchid",
            "a or b = a or b",
            "'\"a OR b\" OR c' = '\"a OR b\" | c'",
            "TOR ORB = TOR ORB" })
    void theWordOrBetweenTermsMeansEither(String typed, String parsed) {
        assertEquals(parsed, SearchQuery.withOperators(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = { "-", "*", "()", "\"\"", "!!!", "- -", "|", "+", "~", "\\" })
    void aQueryWithoutWordsIsRefused(String q) {
        var refused = assertThrows(InvalidArguments.class, () -> SearchQuery.statements(q));
        assertEquals("q", refused.violations().get(0).field());
    }

    @ParameterizedTest
    @ValueSource(strings = { "title:*", "a~", "/regex/", "*leading", "x^10", "[a TO b]", "\"unbalanced", "((((a" })
    void luceneSyntaxIsTakenAsPlainWords(String q) {
        SearchQuery.statements(q);
        SearchQuery.pairs(q, java.util.List.of(Fields.ANSWER));
    }
}
