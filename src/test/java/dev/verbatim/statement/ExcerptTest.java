package dev.verbatim.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The first words of a statement, as feeds and page cards show them. */
class ExcerptTest {

    private static StatementView statement(String text, String question) {
        List<QaPairView> qa = question == null ? List.of() : List.of(new QaPairView(1, question, "An answer.", null, null));
        return new StatementView("id", "slug", "The title", "en", null, new IssuerRef("office", "Office"), null,
                OffsetDateTime.parse("2022-07-18T10:00:00+02:00"), LocalDate.parse("2022-07-18"), "Europe/Brussels", text, qa,
                new SourceRef(null, null), List.of(), 0, Instant.EPOCH, Instant.EPOCH);
    }

    @ParameterizedTest(name = "text [{0}], question [{1}], {2} characters: [{3}]")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Short text.                        | NULL            | 20 | Short text.",
            "'  Lines\n\nand   spaces\t '       | NULL            | 20 | Lines and spaces",
            "''                                 | Will you come?  | 20 | Will you come?",
            "''                                 | NULL            | 20 | The title",
            "The minister spoke of sanctions.   | NULL            | 20 | The minister spoke…",
            "Anticonstitutionnellement dit.     | NULL            | 10 | Anticonsti…" })
    void theFirstWordsOfTheTextElseTheQuestionElseTheTitle(String text, String question, int length, String expected) {
        assertEquals(expected, Excerpt.of(statement(text, question), length));
    }
}
