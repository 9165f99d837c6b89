package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A snippet is one line: every run of spaces, line breaks and value separators becomes one space. */
class SnippetLinesTest {

    @Test
    void runsOfSpacingBecomeOneSpaceAndOtherCharactersStay() {
        assertEquals(" Q : why? R : because. ", Highlights.Snippets.oneLine("\r\nQ :\u0000why?\t\tR :  because.\n"));
        assertEquals("no\u00a0break\u2002spaces", Highlights.Snippets.oneLine("no\u00a0break\u2002spaces"));
    }

    @Test
    void asTheRegularExpressionOfSpacingAndSeparatorsDid() {
        Pattern spacing = Pattern.compile("[\\s\\x00]+");
        char[] alphabet = { 'a', 'é', '网', ' ', '\t', '\n', '\u000b', '\f', '\r', '\0', '\u00a0', '\u2002', '<', '&' };
        Random random = new Random(7);
        for (int run = 0; run < 10_000; run++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            assertEquals(spacing.matcher(text).replaceAll(" "), Highlights.Snippets.oneLine(text.toString()), text.toString());
        }
    }
}
