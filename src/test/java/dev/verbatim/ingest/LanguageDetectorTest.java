package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageDetectorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Nous avons pris note de la déclaration. Il est extrêmement peu sérieux de la part de la partie belge. | fr",
            "L'ambassade s'oppose fermement à toute forme de cyberattaques et les combat.                        | fr",
            "We have noted the statement. It is not the first time that the US has made such remarks.           | en",
            "The virus is a common enemy of all mankind and we will work with the international community.     | en",
            "外交部发言人华春莹就美方涉港恶劣言论答记者问                                                         | zh",
            "问：据报道，12日，美众院议长佩洛西发推特，请问中方有何评论？                                         | zh",
            "Die Bundesregierung hat die Erklärung zur Kenntnis genommen und wird sie prüfen.                    | de",
            "El gobierno ha tomado nota de la declaración y la examinará con los socios.                         | es",
            "日本政府は、この声明に留意しています。                                                                | ja",
            "Министерство иностранных дел заявило о своей позиции.                                               | ru",
            "外交部發言人就美方涉台言論答記者問：我們堅決反對。                                                   | zh",
            "外務報道官は、この問題について記者の質問に答えました。                                              | ja",
            "أعربت وزارة الخارجية عن قلقها إزاء الوضع في المنطقة وقالت إن الحوار هو الطريق الوحيد.             | ar",
            "Министерството заяви, че ще продължи диалога, защото това са важни стъпки към мира.                | bg",
            "Министерство иностранных дел выразило обеспокоенность ситуацией в регионе и призвало к диалогу.    | ru",
            "Das Auswärtige Amt hat die Erklärung zur Kenntnis genommen, und wir werden sie mit den Partnern prüfen. | de",
            "El portavoz dijo que el gobierno ha tomado nota de la declaración y que la examinará con los socios. | es",
            "12345 !!!                                                                                         | und",
            "Opening remarks 4de5a-9a1e. It has a second paragraph. And the follow-up?                          | en",
    })
    void tellsTheLanguageOfAParagraph(String text, String language) {
        assertEquals(language, LanguageDetector.detect(text));
    }
}
