package dev.verbatim.search;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSetIterator;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.analysis.charfilter.BaseCharFilter;

/**
 * A text's Traditional Chinese characters read as their Simplified forms before smartcn segments
 * it, so that 發言人 is segmented, indexed and searched as 发言人. Each character is converted on
 * its own, by ICU's Traditional-Simplified transform: the transform's few context rules would
 * convert a quote cut mid-phrase otherwise than the text it was cut from. Offsets still point into
 * the original text, for the highlights (a few rare characters become two chars).
 */
final class SimplifiedChineseCharFilter extends BaseCharFilter {

    static final Transliterator TRADITIONAL_SIMPLIFIED = Transliterator.getInstance("Traditional-Simplified");
    /** Every character the transform changes, and what it becomes. */
    private static final Map<Integer, String> SIMPLIFIED = table();
    private String converted;
    private int next;

    SimplifiedChineseCharFilter(Reader in) {
        super(in);
    }

    private static Map<Integer, String> table() {
        Map<Integer, String> table = new HashMap<>();
        for (UnicodeSetIterator each = new UnicodeSetIterator(TRADITIONAL_SIMPLIFIED.getSourceSet()); each.next();) {
            if (each.codepoint != UnicodeSetIterator.IS_STRING) {
                String character = Character.toString(each.codepoint);
                String simplified = TRADITIONAL_SIMPLIFIED.transliterate(character);
                if (!simplified.equals(character)) {
                    table.put(each.codepoint, simplified);
                }
            }
        }
        return Map.copyOf(table);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (converted == null) {
            converted = convert();
        }
        if (next >= converted.length()) {
            return -1;
        }
        int count = Math.min(length, converted.length() - next);
        converted.getChars(next, next + count, buffer, offset);
        next += count;
        return count;
    }

    /** The whole input converted (a text is in memory anyway), with the offsets where lengths differ. */
    private String convert() throws IOException {
        StringBuilder text = new StringBuilder();
        char[] chunk = new char[4096];
        for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
            text.append(chunk, 0, read);
        }
        StringBuilder out = new StringBuilder(text.length());
        int shift = 0;
        int i = 0;
        while (i < text.length()) {
            int c = Character.codePointAt(text, i);
            int width = Character.charCount(c);
            String simple = c < 0x2E80 ? null : SIMPLIFIED.get(c);
            if (simple == null) {
                out.appendCodePoint(c);
            } else {
                out.append(simple);
                if (simple.length() != width) {
                    shift += width - simple.length();
                    addOffCorrectMap(out.length(), shift);
                }
            }
            i += width;
        }
        return out.toString();
    }
}
