package dev.verbatim.statement;

/** The columns of one Q&A pair, read without its statement. */
record PairRow(String statementId, int n, String question, String answer, String askedBy, String answeredBy) {

    /** A pair by its statement's id and its number. */
    record Key(String statementId, int n) {
    }
}
