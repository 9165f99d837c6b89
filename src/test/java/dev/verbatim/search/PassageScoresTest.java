package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** The highlights rank passages exactly as Lucene's scorer does: the same snippets come first. */
class PassageScoresTest {

    @Test
    void scoreEveryPassageAsLucenesScorerDoesToTheBit() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new Highlights.PassageScores();
        String[] words = { "cyberattaque", "sécurité", "网络", "a", "ab", "" };
        Random random = new Random(11);
        for (int run = 0; run < 20_000; run++) {
            Passage passage = new Passage();
            int start = random.nextInt(50_000);
            int length = 1 + random.nextInt(400);
            passage.setStartOffset(start);
            passage.setEndOffset(start + length);
            int at = start;
            for (int m = random.nextInt(12); m > 0 && at < start + length; m--) {
                String word = words[random.nextInt(words.length)];
                // A word's frequency in the document is the same wherever it matches.
                passage.addMatch(at, at + 1, new BytesRef(word), 1 + Math.abs(word.hashCode() % 40));
                at += 1 + random.nextInt(20);
            }
            int contentLength = start + length + random.nextInt(100_000);
            assertEquals(Float.floatToIntBits(lucene.score(passage, contentLength)),
                    Float.floatToIntBits(ours.score(passage, contentLength)), () -> "passage at " + start);
        }
    }
}
