package dev.verbatim.search;

/** The names of the index's fields. */
final class Fields {

    /** "statement" for a statement, "qa" for one of its pairs. */
    static final String KIND = "kind";
    static final String STATEMENT = "statement";
    static final String PAIR = "qa";
    /** The statement's id, on the statement's document and on each of its pairs'. */
    static final String ID = "id";
    /** Unique over the index: the id for a statement, id/n for a pair. The tie-break of every order. */
    static final String KEY = "key";
    static final String N = "n";
    static final String LANGUAGE = "language";
    static final String ISSUER = "issuer";
    static final String YEAR = "year";
    /** The local publication date as a day number, for date filters and the archive. */
    static final String DAY = "day";
    /** The publication instant in nanoseconds since the epoch, for sorting by date. */
    static final String PUBLISHED = "published";
    /** When the statement was last stored, in milliseconds: how the index tells it is behind the database. */
    static final String UPDATED = "updated";
    static final String TITLE = "title";
    static final String TEXT = "text";
    static final String QUESTION = "question";
    static final String ANSWER = "answer";

    private Fields() {
    }

    /** A text field in the language family that analyses it: text_fr, answer_zh, question_any. */
    static String text(String field, String family) {
        return field + "_" + family;
    }

    /**
     * The family of the fields that index Chinese text a second way, as overlapping pairs of
     * characters (see Analyzers): a quoted phrase is found there whatever smartcn's word boundaries.
     */
    static final String CHARS = "cjk";

    /** A Chinese text field's twin of character pairs (answer_zh's is answer_cjk); null for a field of another family. */
    static String chars(String field) {
        return field.endsWith("_zh") ? field.substring(0, field.length() - "zh".length()) + CHARS : null;
    }

    static String pairKey(String id, int n) {
        return id + "/" + n;
    }
}
