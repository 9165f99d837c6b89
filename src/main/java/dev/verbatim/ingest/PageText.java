package dev.verbatim.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Page text as it comes: any line ending, a byte-order mark, and every kind of Unicode space
 * (no-break, en, ideographic, zero-width) at the edges of lines. Inner characters are kept as they
 * are, so that a quotation stays word for word.
 */
final class PageText {

    private PageText() {
    }

    /** The lines of a text, whatever its line endings, each trimmed of Unicode spaces. */
    static List<String> lines(String text) {
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(trim(body.substring(start, i)));
                if (c == '\r' && i + 1 < body.length() && body.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(trim(body.substring(start)));
        return lines;
    }

    static boolean isSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF' || c == '\u2060';
    }

    /** Trims every Unicode space, which {@link String#strip()} does not (it keeps U+00A0). */
    static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The text with every run of Unicode spaces made one plain space: for matching, never for storing. */
    static String plainSpaces(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (!space) {
                    out.append(' ');
                }
                space = true;
            } else {
                out.append(c);
                space = false;
            }
        }
        return out.toString();
    }
}
