package dev.verbatim.statement;

/** The text of one Q&A pair, as parsed or submitted, before it is numbered and stored. */
public record QaContent(String question, String answer, String askedBy, String answeredBy) {

    public QaContent(String question, String answer) {
        this(question, answer, null, null);
    }
}
