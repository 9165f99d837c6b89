package dev.verbatim.search;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * The index's documents for one statement: one for the whole statement (title and all its text),
 * and one for each Q&A pair, so that a search can name the very answer that matched.
 */
final class StatementDocuments {

    /**
     * Indexed with offsets in the postings, so that highlighting needs no second analysis. The text
     * itself is kept beside, for the highlights (see {@link #highlightable}).
     */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private StatementDocuments() {
    }

    /**
     * Each text is analyzed once (see {@link AnalyzedText}): a question or answer is indexed in the
     * statement's document and in its pair's, the title in its own field and in the text. Chinese
     * text is analyzed a second time, into character pairs (see {@link Fields#chars}).
     */
    static List<Document> of(IndexedStatement statement) {
        String family = Analyzers.family(statement.language());
        String text = Fields.text(Fields.TEXT, family);
        List<Document> documents = new ArrayList<>();
        Document whole = common(statement, Fields.STATEMENT, statement.id());
        whole.add(new NumericDocValuesField(Fields.UPDATED, statement.updatedAt().toEpochMilli()));
        Analyzed title = Analyzed.of(text, statement.title());
        title.addTo(whole, Fields.text(Fields.TITLE, family), TextField.TYPE_NOT_STORED);
        // The text is the title, the body and every question and answer, each a value of its own:
        // a phrase never runs from one into the next (see Analyzers' position gap).
        List<String> values = new ArrayList<>();
        values.add(statement.title());
        title.addTo(whole, text, TEXT);
        if (!statement.text().isEmpty()) {
            values.add(statement.text());
            Analyzed.of(text, statement.text()).addTo(whole, text, TEXT);
        }
        for (IndexedStatement.Pair pair : statement.pairs()) {
            Analyzed question = Analyzed.of(text, pair.question());
            Analyzed answer = Analyzed.of(text, pair.answer());
            values.add(pair.question());
            values.add(pair.answer());
            question.addTo(whole, text, TEXT);
            answer.addTo(whole, text, TEXT);
            Document document = common(statement, Fields.PAIR, Fields.pairKey(statement.id(), pair.n()));
            document.add(new IntPoint(Fields.N, pair.n()));
            document.add(new StoredField(Fields.N, pair.n()));
            document.add(new NumericDocValuesField(Fields.N, pair.n()));
            String questionField = Fields.text(Fields.QUESTION, family);
            String answerField = Fields.text(Fields.ANSWER, family);
            question.addTo(document, questionField, TEXT);
            document.add(highlightable(questionField, List.of(pair.question())));
            answer.addTo(document, answerField, TEXT);
            document.add(highlightable(answerField, List.of(pair.answer())));
            documents.add(document);
        }
        whole.add(highlightable(text, values));
        documents.add(0, whole);
        return documents;
    }

    /**
     * A text analyzed for the fields of its language, and for their twins of character pairs where
     * it has them (Chinese); null otherwise. The highlights read the pairs' offsets beside the
     * words' (see Highlights), so both are indexed alike.
     */
    private record Analyzed(AnalyzedText words, AnalyzedText chars) {

        static Analyzed of(String field, String text) {
            String twin = Fields.chars(field);
            return new Analyzed(AnalyzedText.of(field, text), twin == null ? null : AnalyzedText.of(twin, text));
        }

        void addTo(Document document, String field, FieldType type) {
            document.add(new Field(field, words.tokens(), type));
            if (chars != null) {
                document.add(new Field(Fields.chars(field), chars.tokens(), type));
            }
        }
    }

    /**
     * The values of a text field as the highlighter reads them: joined by U+0000, one character as
     * the offset gap between two values is. Doc values, unlike stored fields, are not compressed
     * by blocks of documents: a page of hits reads its twenty texts without decompressing the
     * neighbours of each.
     */
    private static BinaryDocValuesField highlightable(String field, List<String> values) {
        return new BinaryDocValuesField(field, encoded(String.join("\0", values)));
    }

    /** The first byte of a kept text: how the rest is encoded. */
    private static final byte LATIN_1 = 0;
    private static final byte UTF_8 = 1;

    /**
     * A text as kept for the highlights: in ISO-8859-1 when every character is in it (English and
     * French almost always are), one byte each and read back by a mere copy; otherwise in UTF-8.
     * Decoding the hits' texts from UTF-8 was a sixth of a search.
     */
    static BytesRef encoded(String text) {
        boolean latin1 = true;
        for (int i = 0; i < text.length() && latin1; i++) {
            latin1 = text.charAt(i) <= 0xFF;
        }
        byte[] bytes = text.getBytes(latin1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        byte[] kept = new byte[bytes.length + 1];
        kept[0] = latin1 ? LATIN_1 : UTF_8;
        System.arraycopy(bytes, 0, kept, 1, bytes.length);
        return new BytesRef(kept);
    }

    /** A text kept by {@link #encoded}. */
    static String decoded(BytesRef kept) {
        return new String(kept.bytes, kept.offset + 1, kept.length - 1,
                kept.bytes[kept.offset] == LATIN_1 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
    }

    private static Document common(IndexedStatement statement, String kind, String key) {
        Document document = new Document();
        document.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        document.add(new SortedDocValuesField(Fields.KIND, new BytesRef(kind)));
        document.add(new StringField(Fields.ID, statement.id(), Field.Store.YES));
        document.add(new SortedDocValuesField(Fields.ID, new BytesRef(statement.id())));
        document.add(new StringField(Fields.KEY, key, Field.Store.NO));
        document.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
        document.add(new StringField(Fields.LANGUAGE, statement.language(), Field.Store.NO));
        document.add(new SortedDocValuesField(Fields.LANGUAGE, new BytesRef(statement.language())));
        document.add(new StringField(Fields.ISSUER, statement.issuer(), Field.Store.NO));
        document.add(new SortedDocValuesField(Fields.ISSUER, new BytesRef(statement.issuer())));
        document.add(new NumericDocValuesField(Fields.YEAR, statement.publishedDate().getYear()));
        long day = statement.publishedDate().toEpochDay();
        document.add(new LongPoint(Fields.DAY, day));
        document.add(new NumericDocValuesField(Fields.DAY, day));
        long published = nanos(statement.publishedAt());
        // Points beside doc values under one name let Lucene skip documents when sorting by date.
        document.add(new LongPoint(Fields.PUBLISHED, published));
        document.add(new NumericDocValuesField(Fields.PUBLISHED, published));
        return document;
    }

    /** An instant as one sortable number: nanoseconds since the epoch, exact from 1677 to 2262, clamped beyond. */
    static long nanos(Instant at) {
        try {
            return Math.addExact(Math.multiplyExact(at.getEpochSecond(), 1_000_000_000L), at.getNano());
        } catch (ArithmeticException e) {
            return at.getEpochSecond() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
    }
}
