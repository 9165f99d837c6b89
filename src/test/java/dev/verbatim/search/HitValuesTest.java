package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Each hit gets its own document's value, in the hits' order, whatever segment it is in. */
class HitValuesTest {

    @Test
    void valuesFollowTheHitsOrderAcrossSegments() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
            for (int segment = 0; segment < 3; segment++) {
                for (int i = 0; i < 4; i++) {
                    Document document = new Document();
                    if (segment * 4 + i != 5) {
                        document.add(new SortedDocValuesField(Fields.LANGUAGE, new BytesRef("v" + (segment * 4 + i))));
                    }
                    writer.addDocument(document);
                }
                writer.commit(); // one segment each
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                ScoreDoc[] hits = { new ScoreDoc(9, 1f), new ScoreDoc(0, 1f), new ScoreDoc(11, 1f), new ScoreDoc(5, 1f), new ScoreDoc(4, 1f) };
                assertArrayEquals(new String[] { "v9", "v0", "v11", null, "v4" }, HitValues.of(reader, Fields.LANGUAGE, hits));
            }
        }
    }
}
