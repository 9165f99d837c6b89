package dev.verbatim.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * One analyzer per indexed language: French and English are case- and accent-insensitive and
 * stemmed (cyberattaque finds cyberattaques, securite finds sécurité); Chinese is segmented into
 * words by smartcn; any other language is folded but not stemmed. No stop words are removed, so
 * that a quoted phrase matches as written.
 */
final class Analyzers {

    static final List<String> LANGUAGES = List.of("fr", "en", "zh", "any");
    /** Positions between two values of a field (a question and its answer): more than any phrase spans. */
    static final int VALUE_GAP = 100;

    private Analyzers() {
    }

    /** The analysis family of a statement's language. */
    static String family(String language) {
        String base = language == null ? "" : language.split("-", 2)[0];
        return LANGUAGES.contains(base) ? base : "any";
    }

    static Analyzer of(String family) {
        return switch (family) {
            case "fr" -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    StandardTokenizer source = new StandardTokenizer();
                    TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
                    stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                    return new TokenStreamComponents(source, new FrenchLightStemFilter(stream));
                }
            };
            case "en" -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    StandardTokenizer source = new StandardTokenizer();
                    TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(new EnglishPossessiveFilter(source)));
                    return new TokenStreamComponents(source, new PorterStemFilter(stream));
                }
            };
            case "zh" -> new SmartChineseAnalyzer();
            default -> new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String field) {
                    StandardTokenizer source = new StandardTokenizer();
                    return new TokenStreamComponents(source, new ASCIIFoldingFilter(new LowerCaseFilter(source)));
                }
            };
        };
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
