package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The zone of the place an issuer's name puts it in, in each language read. */
class IssuerLocationTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Ambassade de Chine en France                                   | Europe/Paris",
            "Embassy of China in the UK                                     | Europe/London",
            "Embassy of the People's Republic of China in the United Kingdom | Europe/London",
            "Embassy of China in the US                                     | America/New_York",
            "Embassy of China in the United States of America               | America/New_York",
            "Embassy of China in Australia                                  | Australia/Sydney",
            "Embassy of China in Russia                                     | Europe/Moscow",
            "中国驻比利时使馆                                                | Europe/Brussels",
            "中华人民共和国驻法国大使馆                                      | Europe/Paris",
            "中華民國駐英國代表處                                            | Europe/London",
            "中国驻洛杉矶总领事馆                                            | America/Los_Angeles",
            "Consulate General of China in Los Angeles                      | America/Los_Angeles",
            "Consulat général de Chine à Marseille et en France             | Europe/Paris",
            "Ambassade de France en Chine                                   | Asia/Shanghai",
            "Ambassade de Chine au Canada                                   | America/Toronto",
            "Ambassade de Chine aux États-Unis                              | America/New_York",
            "Embajada de China en España                                    | Europe/Madrid",
            "Embajada de China en el Perú                                   | America/Lima",
            "Botschaft der Volksrepublik China in Deutschland               | Europe/Berlin",
            "Botschaft der Volksrepublik China in der Schweiz               | Europe/Zurich",
            "Посольство КНР в России                                        | Europe/Moscow",
            "Посольство Китая во Франции                                    | Europe/Paris",
            "سفارة الصين في فرنسا                                           | Europe/Paris",
            "在フランス中国大使館                                            | Europe/Paris",
    })
    void anIssuerIsDatedWhereItsNamePutsIt(String issuer, String zone) {
        assertEquals(zone, IssuerLocation.of(issuer).orElseThrow().zone().getId());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = { "Foreign Ministry", "外交部", "Embassy of China", "Ministry of Foreign Affairs of Belgium",
            "Information Office", "Office for Internet Affairs", "Unknown issuer", "" })
    void anIssuerThatNamesNoPlaceAfterAWordOfPlaceHasNone(String issuer) {
        assertTrue(IssuerLocation.of(issuer).isEmpty());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "Remarks of the Spokesperson of the Chinese Embassy in the UK on the Situation in Syria | Europe/London",
            "Statement on the Situation in Syria                                                  | -",
            "中国驻英国使馆发言人就在叙利亚的局势答记者问                                             | Europe/London",
            "外交部发言人就在叙利亚的局势答记者问                                                     | -",
    })
    void aTitleNamesItsIssuersPlaceBeforeItsSubject(String title, String zone) {
        assertEquals(zone, IssuerLocation.ofTitle(title).map(place -> place.zone().getId()).orElse(null));
    }
}
