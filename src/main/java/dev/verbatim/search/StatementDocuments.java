package dev.verbatim.search;

import dev.verbatim.statement.QaPair;
import dev.verbatim.statement.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    /** Stored, with offsets in the postings, so that highlighting needs no second analysis. */
    private static final FieldType TEXT = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT.freeze();
    }

    private StatementDocuments() {
    }

    static List<Document> of(Statement statement) {
        String family = Analyzers.family(statement.language);
        List<Document> documents = new ArrayList<>();
        Document whole = common(statement, Fields.STATEMENT, statement.id);
        whole.add(new NumericDocValuesField(Fields.UPDATED, statement.updatedAt.toEpochMilli()));
        whole.add(new TextField(Fields.text(Fields.TITLE, family), statement.title, Field.Store.NO));
        // The text is the title, the body and every question and answer, each a value of its own:
        // a phrase never runs from one into the next (see Analyzers' position gap).
        String text = Fields.text(Fields.TEXT, family);
        whole.add(new Field(text, statement.title, TEXT));
        if (!statement.text.isEmpty()) {
            whole.add(new Field(text, statement.text, TEXT));
        }
        List<QaPair> pairs = statement.qa();
        for (QaPair pair : pairs) {
            whole.add(new Field(text, pair.question, TEXT));
            whole.add(new Field(text, pair.answer, TEXT));
        }
        documents.add(whole);
        for (QaPair pair : pairs) {
            Document document = common(statement, Fields.PAIR, Fields.pairKey(statement.id, pair.n));
            document.add(new IntPoint(Fields.N, pair.n));
            document.add(new StoredField(Fields.N, pair.n));
            document.add(new NumericDocValuesField(Fields.N, pair.n));
            document.add(new Field(Fields.text(Fields.QUESTION, family), pair.question, TEXT));
            document.add(new Field(Fields.text(Fields.ANSWER, family), pair.answer, TEXT));
            documents.add(document);
        }
        return documents;
    }

    private static Document common(Statement statement, String kind, String key) {
        Document document = new Document();
        document.add(new StringField(Fields.KIND, kind, Field.Store.NO));
        document.add(new StringField(Fields.ID, statement.id, Field.Store.YES));
        document.add(new SortedDocValuesField(Fields.ID, new BytesRef(statement.id)));
        document.add(new StringField(Fields.KEY, key, Field.Store.NO));
        document.add(new SortedDocValuesField(Fields.KEY, new BytesRef(key)));
        document.add(new StringField(Fields.LANGUAGE, statement.language, Field.Store.NO));
        document.add(new SortedDocValuesField(Fields.LANGUAGE, new BytesRef(statement.language)));
        document.add(new StringField(Fields.ISSUER, statement.issuer.id, Field.Store.NO));
        document.add(new SortedDocValuesField(Fields.ISSUER, new BytesRef(statement.issuer.id)));
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
