package dev.verbatim.ingest;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fa.PersianAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ru.RussianAnalyzer;

/**
 * Tells the language of a text. The script decides first: kana makes Japanese, Hangul Korean,
 * Han alone Chinese (simplified or traditional characters alike: one language, zh); within the
 * Latin, Cyrillic and Arabic scripts, the language whose function words, as Lucene's analyzers
 * list them, make up the largest share of the words wins. Function words are the most frequent
 * words of any text, so a paragraph is enough to tell French from English, or Russian from
 * Bulgarian; a Cyrillic or Arabic text too short to tell is taken for Russian or Arabic.
 */
final class LanguageDetector {

    static final String UNDETERMINED = "und";
    /** Letters and digits together, so that "4de5a" is one token (skipped), never the French word "de". */
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}']+");
    private static final Map<Character.UnicodeScript, Map<String, CharArraySet>> FUNCTION_WORDS = new LinkedHashMap<>();

    static {
        // English's list in Lucene is short (33 words); these are the most frequent others.
        CharArraySet english = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        english.addAll(List.of("we", "you", "he", "she", "has", "have", "had", "from", "our", "its", "which",
                "would", "should", "can", "been", "were", "what", "who", "all", "any", "about", "also", "i", "my", "your"));
        Map<String, CharArraySet> latin = new LinkedHashMap<>();
        latin.put("en", english);
        latin.put("fr", FrenchAnalyzer.getDefaultStopSet());
        latin.put("de", GermanAnalyzer.getDefaultStopSet());
        latin.put("es", SpanishAnalyzer.getDefaultStopSet());
        latin.put("it", ItalianAnalyzer.getDefaultStopSet());
        latin.put("pt", PortugueseAnalyzer.getDefaultStopSet());
        latin.put("nl", DutchAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(Character.UnicodeScript.LATIN, latin);
        // The first language of a script is the one a text too short to tell is taken for.
        Map<String, CharArraySet> cyrillic = new LinkedHashMap<>();
        cyrillic.put("ru", RussianAnalyzer.getDefaultStopSet());
        cyrillic.put("bg", BulgarianAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(Character.UnicodeScript.CYRILLIC, cyrillic);
        Map<String, CharArraySet> arabic = new LinkedHashMap<>();
        arabic.put("ar", ArabicAnalyzer.getDefaultStopSet());
        arabic.put("fa", PersianAnalyzer.getDefaultStopSet());
        FUNCTION_WORDS.put(Character.UnicodeScript.ARABIC, arabic);
    }

    private LanguageDetector() {
    }

    /** A language and the rule that told it. */
    record Detection(String language, String rule) {
    }

    /** An ISO 639-1 code, or {@value #UNDETERMINED} when the text gives too little to tell. */
    static String detect(String text) {
        return explain(text).language();
    }

    static Detection explain(String text) {
        Map<Character.UnicodeScript, Integer> scripts = new LinkedHashMap<>();
        int letters = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                letters++;
                scripts.merge(Character.UnicodeScript.of(c), 1, Integer::sum);
            }
        }
        if (letters == 0) {
            return new Detection(UNDETERMINED, "no letters");
        }
        int kana = scripts.getOrDefault(Character.UnicodeScript.HIRAGANA, 0) + scripts.getOrDefault(Character.UnicodeScript.KATAKANA, 0);
        if (kana * 10 > letters) {
            return new Detection("ja", "script: kana");
        }
        if (scripts.getOrDefault(Character.UnicodeScript.HANGUL, 0) * 3 > letters) {
            return new Detection("ko", "script: Hangul");
        }
        if (scripts.getOrDefault(Character.UnicodeScript.HAN, 0) * 3 > letters) {
            return new Detection("zh", "script: Han");
        }
        for (Character.UnicodeScript script : List.of(Character.UnicodeScript.CYRILLIC, Character.UnicodeScript.ARABIC)) {
            if (scripts.getOrDefault(script, 0) * 2 > letters) {
                return byFunctionWords(text, script);
            }
        }
        return byFunctionWords(text, Character.UnicodeScript.LATIN);
    }

    /** Whether a word holds a digit or any other number character (\\p{N}). */
    private static boolean hasNumber(String word) {
        return word.codePoints().map(Character::getType).anyMatch(type -> type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER);
    }

    private static Detection byFunctionWords(String text, Character.UnicodeScript script) {
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
            for (var language : FUNCTION_WORDS.get(script).entrySet()) {
                if (language.getValue().contains(word) || (apostrophe > 0 && language.getValue().contains(head))) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
        }
        int all = words;
        String fallback = script == Character.UnicodeScript.LATIN ? UNDETERMINED : FUNCTION_WORDS.get(script).keySet().iterator().next();
        return hits.entrySet().stream().max(Map.Entry.comparingByValue()).filter(best -> best.getValue() > 1)
                .map(best -> new Detection(best.getKey(), "script: " + name(script) + "; function words: " + best.getValue() + " of " + all
                        + " words are " + Locale.forLanguageTag(best.getKey()).getDisplayLanguage(Locale.ENGLISH)))
                .orElse(new Detection(fallback, "script: " + name(script) + "; too few function words to tell between its languages"));
    }

    private static String name(Character.UnicodeScript script) {
        String name = script.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
