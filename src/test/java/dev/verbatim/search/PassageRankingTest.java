package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Highlights rank passages exactly as Lucene's own scorer does, only without its per-passage hash. */
class PassageRankingTest {

    @Test
    void everyPassageScoresExactlyAsWithLucenesScorer() {
        Random random = new Random(42);
        String[] words = { "sécurité", "cyberattaque", "网络攻击", "embassy", "a", "" };
        PassageScorer lucene = new PassageScorer();
        Highlights.PassageRanking ours = new Highlights.PassageRanking();
        for (int run = 0; run < 10_000; run++) {
            Passage passage = new Passage();
            int start = random.nextInt(100_000);
            passage.setStartOffset(start);
            passage.setEndOffset(Integer.MAX_VALUE); // as the highlighter does: matches fall inside the passage
            int matches = random.nextInt(12);
            int at = start;
            for (int i = 0; i < matches; i++) {
                String word = words[random.nextInt(words.length)];
                passage.addMatch(at, at + word.length(), new BytesRef(word), 1 + random.nextInt(50));
                at += word.length() + 1 + random.nextInt(20);
            }
            passage.setEndOffset(at + random.nextInt(160));
            int contentLength = passage.getEndOffset() + random.nextInt(100_000);
            assertEquals(lucene.score(passage, contentLength), ours.score(passage, contentLength), "passage " + run);
        }
    }
}
