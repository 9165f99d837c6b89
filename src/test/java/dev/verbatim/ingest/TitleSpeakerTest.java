package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleSpeakerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on November 29, 2018 | Foreign Ministry | Geng Shuang | Spokesperson",
            "Foreign Ministry Spokesperson’s Regular Press Conference on May 1, 2023                 | Foreign Ministry | -           | Spokesperson",
            "Remarks by the Spokesperson of the Chinese Embassy in Belgium on the Cyberattacks          | Chinese Embassy in Belgium | - | Spokesperson",
            "Déclaration du porte-parole de l'Ambassade de Chine en Belgique au sujet de la déclaration | Ambassade de Chine en Belgique | - | porte-parole",
            "Réponse du porte-parole du Ministère des Affaires étrangères (3 mars 2021)                 | Ministère des Affaires étrangères | - | porte-parole",
            "外交部发言人华春莹就美方涉港恶劣言论答记者问                                                  | 外交部 | 华春莹 | 发言人",
            "2018年6月13日外交部发言人耿爽主持例行记者会                                                   | 外交部 | 耿爽   | 发言人",
            "外交部發言人歐江安就美方涉台言論答記者問                                                      | 外交部 | 歐江安 | 發言人",
            "外交部發言人就美方涉台言論答記者問                                                            | 外交部 | -      | 發言人",
            "中国外交部報道官談話                                                                          | 中国外交部 | -  | 報道官",
            "Declaración del portavoz de la Embajada de China en España sobre las declaraciones         | Embajada de China en España | - | portavoz",
            "Erklärung des Sprechers der Botschaft der Volksrepublik China in Deutschland zu den Äußerungen | Botschaft der Volksrepublik China in Deutschland | - | Sprecher",
            "Заявление официального представителя МИД России по ситуации                               | МИД России | - | официальный представитель",
            "بيان المتحدث باسم وزارة الخارجية حول الوضع                                                    | وزارة الخارجية | - | المتحدث باسم",
    })
    void readsWhoSpeaksFromTheTitle(String title, String issuer, String name, String role) {
        ParsedPage.Speaker speaker = TitleSpeaker.of(title);
        assertEquals(issuer, speaker.issuer());
        assertEquals(name, speaker.name());
        assertEquals(role, speaker.role());
    }

    @Test
    void aTitleWithoutASpokespersonNamesNobody() {
        assertNull(TitleSpeaker.of("Joint Statement on Climate Cooperation"));
        assertNull(TitleSpeaker.of(null));
    }
}
