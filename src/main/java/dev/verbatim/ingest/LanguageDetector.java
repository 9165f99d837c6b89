package dev.verbatim.ingest;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;

/**
 * Tells the language of a text. The script decides first (Han, kana, Hangul, Cyrillic); among
 * Latin-script languages, the one whose function words, as Lucene's analyzers list them, make up
 * the largest share of the words wins. Function words are the most frequent words of any text, so
 * a paragraph is enough to tell French from English.
 */
final class LanguageDetector {

    static final String UNDETERMINED = "und";
    static final String RULE = "script, then the share of each language's function words";
    /** Letters and digits together, so that "4de5a" is one token (skipped), never the French word "de". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}']+");
    private static final Map<String, CharArraySet> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        // English's list in Lucene is short (33 words); these are the most frequent others.
        CharArraySet english = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        english.addAll(List.of("we", "you", "he", "she", "has", "have", "had", "from", "our", "its", "which",
                "would", "should", "can", "been", "were", "what", "who", "all", "any", "about", "also", "i", "my", "your"));
        FUNCTION_WORDS.put("en", english);
        FUNCTION_WORDS.put("fr", FrenchAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put("de", GermanAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put("es", SpanishAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put("it", ItalianAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put("nl", DutchAnalyzer.getDefaultStopSet());
    }

    private LanguageDetector() {
    }

    /** An ISO 639-1 code, or {@value #UNDETERMINED} when the text gives too little to tell. */
    static String detect(String text) {
        int han = 0;
        int kana = 0;
        int hangul = 0;
        int cyrillic = 0;
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case HAN -> han++;
                case HIRAGANA, KATAKANA -> kana++;
                case HANGUL -> hangul++;
                case CYRILLIC -> cyrillic++;
                default -> {
                }
            }
        }
        if (letters == 0) {
            return UNDETERMINED;
        }
        if (kana * 10 > letters) {
            return "ja";
        }
        if (hangul * 3 > letters) {
            return "ko";
        }
        if (han * 3 > letters) {
            return "zh";
        }
        if (cyrillic * 2 > letters) {
            return "ru";
        }
        return latin(text);
    }

    /** Whether a word holds a digit or any other number character (\\p{N}). */
    private static boolean hasNumber(String word) {
        return word.codePoints().map(Character::getType).anyMatch(type -> type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER);
    }

    private static String latin(String text) {
        String folded = Normalizer.normalize(text.toLowerCase(Locale.ROOT).replace('’', '\''), Normalizer.Form.NFC);
        Map<String, Integer> hits = new LinkedHashMap<>();
        int words = 0;
        var matcher = WORD.matcher(folded);
        while (matcher.find() && words < 5000) {
            String word = matcher.group();
            if (hasNumber(word)) {
                continue;
            }
            words++;
            int apostrophe = word.indexOf('\'');
            // French elisions: l'ambassade, d'une, qu'il count as their function word.
            String head = apostrophe > 0 ? word.substring(0, apostrophe) : word;
            for (var language : FUNCTION_WORDS.entrySet()) {
                if (language.getValue().contains(word) || (apostrophe > 0 && language.getValue().contains(head))) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = UNDETERMINED;
        int bestHits = 1;
        for (var entry : hits.entrySet()) {
            if (entry.getValue() > bestHits) {
                best = entry.getKey();
                bestHits = entry.getValue();
            }
        }
        return best;
    }
}
