package dev.verbatim.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The texts kept for the highlights come back exactly as they went in, whatever their script. */
class KeptTextTest {

    @ParameterizedTest
    @ValueSource(strings = { "", "Q : Sécurité ?\u0000R\u2002: «\u00a0Oui\u00a0» – 100 %", "问：网络攻击？\u0000答：中方坚决反对。", "ÿ then Ā, and 😀",
            "\u0000\u0000" })
    void aTextComesBackAsItWasKept(String text) {
        BytesRef kept = StatementDocuments.encoded(text);
        BytesRef withinLargerArray = new BytesRef(new byte[kept.length + 7], 3, kept.length);
        System.arraycopy(kept.bytes, kept.offset, withinLargerArray.bytes, 3, kept.length);
        assertEquals(text, StatementDocuments.decoded(kept));
        assertEquals(text, StatementDocuments.decoded(withinLargerArray));
    }

    @ParameterizedTest
    @ValueSource(strings = { "Déclaration du porte-parole : « sécurité »", "The spokesperson's remarks" })
    void englishAndFrenchTakeOneByteACharacter(String text) {
        assertEquals(text.length() + 1, StatementDocuments.encoded(text).length);
    }
}
