package dev.verbatim.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Ambassade de Chine en Belgique | ambassade-de-chine-en-belgique",
            "Déclaration du porte-parole | declaration-du-porte-parole",
            "Ministry of Foreign Affairs of the People's Republic of China | ministry-of-foreign-affairs-of-the-people-s-republic-of-china",
            "  «Cyberattaques»\u00a0: l'avis\u2002du porte-parole  | cyberattaques-l-avis-du-porte-parole",
            "外交部发言人 | ''",
            "2018年6月13日外交部 | 2018-6-13",
    })
    void foldsAccentsAndPunctuationIntoHyphenatedWords(String text, String slug) {
        assertEquals(slug, Slugs.of(text));
    }

    @Test
    void longTitlesAreCutAtAWordBoundary() {
        String slug = Slugs.of("Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de la déclaration du gouvernement belge sur les cyberattaques");
        assertTrue(slug.length() <= Slugs.MAX_WORDS_LENGTH, slug);
        assertTrue(slug.startsWith("declaration-du-porte-parole-de-l-ambassade-de-chine-en-belgique"), slug);
        assertTrue(!slug.endsWith("-"), slug);
    }

    @Test
    void idsAreSixteenUrlSafeCharactersAndDoNotRepeat() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = StatementIds.next();
            assertTrue(id.matches("[0-9a-hjkmnp-tv-z]{16}"), id);
            ids.add(id);
        }
        assertEquals(10_000, ids.size());
    }
}
