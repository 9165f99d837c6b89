package dev.verbatim.search;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUTransformFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analyzer per indexed language: French and English are case- and accent-insensitive and
 * stemmed (cyberattaque finds cyberattaques, securite finds sécurité); Chinese is segmented into
 * words by smartcn; any other language is folded but not stemmed, its Chinese, Japanese and Korean
 * runs cut into overlapping pairs of characters. Chinese text is also indexed as such pairs, beside
 * smartcn's words, for quoted phrases (see {@link Fields#chars}). No stop words are removed, so
 * that a quoted phrase matches as written.
 *
 * <p>Every text is first normalized as people paste it: NFKC case-folded, so that full-width and
 * half-width forms (，and ,, Ｑ and Q), no-break and ideographic spaces and ligatures read as their
 * plain forms; and Chinese is read in Simplified characters, so that Traditional and Simplified
 * find each other.
 */
final class Analyzers {

    static final List<String> LANGUAGES = List.of("fr", "en", "zh", "any");
    /** Positions between two values of a field (a question and its answer): more than any phrase spans. */
    static final int VALUE_GAP = 100;
    private static final Normalizer2 NFKC_CASEFOLD = Normalizer2.getNFKCCasefoldInstance();

    private Analyzers() {
    }

    /** The analysis family of a statement's language. */
    static String family(String language) {
        String base = language == null ? "" : language.split("-", 2)[0];
        return LANGUAGES.contains(base) ? base : "any";
    }

    /** A text as every analyzer first reads it: NFKC case-folded. */
    static String normalized(String text) {
        return NFKC_CASEFOLD.normalize(text);
    }

    static Analyzer of(String family) {
        return switch (family) {
            case "fr" -> new Normalizing() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    StandardTokenizer source = new StandardTokenizer();
                    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                    return new TokenStreamComponents(source, new FrenchLightStemFilter(new ASCIIFoldingFilter(stream)));
                }
            };
            case "en" -> new Normalizing() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    StandardTokenizer source = new StandardTokenizer();
                    TokenStream stream = new ASCIIFoldingFilter(new EnglishPossessiveFilter(source));
                    return new TokenStreamComponents(source, new PorterStemFilter(stream));
                }
            };
            case "zh" -> new Normalizing() {
                /** Simplified before segmentation: smartcn's dictionary is of Simplified words. */
                @Override
                protected Reader initReader(String field, Reader reader) {
                    return new SimplifiedChineseCharFilter(super.initReader(field, reader));
                }

                /** As SmartChineseAnalyzer builds it, which cannot be given a reader of its own. */
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    Tokenizer source = new HMMChineseTokenizer();
                    TokenStream stream = new StopFilter(new PorterStemFilter(source), SmartChineseAnalyzer.getDefaultStopSet());
                    return new TokenStreamComponents(source, stream);
                }
            };
            case Fields.CHARS -> characterPairs(true);
            default -> new Normalizing() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    StandardTokenizer source = new StandardTokenizer();
                    return new TokenStreamComponents(source, new CJKBigramFilter(new ASCIIFoldingFilter(source)));
                }
            };
        };
    }

    /**
     * What a quoted phrase is searched for in Chinese texts' character pairs: the pairs of its
     * characters, and a character alone only where it has no neighbour in the quote (a quote of one
     * character, or cut between a Chinese character and a Latin word: "持COVAX疫").
     */
    static final Analyzer CHARACTER_PAIRS_QUERY = characterPairs(false);

    /**
     * StandardTokenizer makes each Han character a word of its own (kana and Hangul words too),
     * converted to Simplified one by one and paired, as Elasticsearch's cjk analyzer does; other
     * words are kept, folded, for quotes that mix scripts. The index keeps each character alone too,
     * at the position of the pair it starts, so that a quote may start or end anywhere.
     */
    private static Analyzer characterPairs(boolean withCharacters) {
        return new Normalizing() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                StandardTokenizer source = new StandardTokenizer();
                TokenStream stream = new ICUTransformFilter(source, SimplifiedChineseCharFilter.TRADITIONAL_SIMPLIFIED);
                stream = new ASCIIFoldingFilter(stream);
                int scripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
                return new TokenStreamComponents(source, new CJKBigramFilter(stream, scripts, withCharacters));
            }
        };
    }

    /** An analyzer that reads its text NFKC case-folded (which lowercases it too). */
    private abstract static class Normalizing extends Analyzer {

        @Override
        protected Reader initReader(String field, Reader reader) {
            return new ICUNormalizer2CharFilter(reader, NFKC_CASEFOLD);
        }
    }

    /** The analyzer of the whole index, shared: analyzers are safe to use from many threads. */
    static final Analyzer INDEX = perField();

    /** The analyzer of the whole index: each text field is named after its language family. */
    private static Analyzer perField() {
        Map<String, Analyzer> fields = new HashMap<>();
        for (String family : LANGUAGES) {
            Analyzer analyzer = of(family);
            for (String field : List.of(Fields.TITLE, Fields.TEXT, Fields.QUESTION, Fields.ANSWER)) {
                fields.put(Fields.text(field, family), analyzer);
            }
        }
        Analyzer chars = of(Fields.CHARS);
        for (String field : List.of(Fields.TITLE, Fields.TEXT, Fields.QUESTION, Fields.ANSWER)) {
            fields.put(Fields.chars(Fields.text(field, "zh")), chars);
        }
        Analyzer fallback = of("any");
        return new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String field) {
                return fields.getOrDefault(field, fallback);
            }

            @Override
            public int getPositionIncrementGap(String field) {
                return VALUE_GAP;
            }
        };
    }
}
