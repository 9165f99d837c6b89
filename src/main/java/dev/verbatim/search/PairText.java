package dev.verbatim.search;

/** The texts of a Q&amp;A pair a search may look in. */
public enum PairText {
    QUESTION(Fields.QUESTION), ANSWER(Fields.ANSWER);

    final String field;

    PairText(String field) {
        this.field = field;
    }
}
