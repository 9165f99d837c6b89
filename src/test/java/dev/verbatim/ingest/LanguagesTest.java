package dev.verbatim.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.verbatim.statement.QaContent;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A transcript in each language the importer reads, written for these tests: title, date, language, pairs and speakers. */
class LanguagesTest {

    private static void assertPairs(ParsedPage page, List<String> questions, List<String> answers) {
        assertEquals(questions, page.qa().stream().map(QaContent::question).toList());
        assertEquals(answers, page.qa().stream().map(QaContent::answer).toList());
    }

    @Test
    void traditionalChinese() {
        ParsedPage page = PageParser.parse("""
                首頁 > 新聞 > 發言人表態
                外交部發言人歐江安就美方涉台言論答記者問
                發布時間：2022年7月18日

                問：美方日前發表涉台言論，外交部有何回應？
                答：我們堅決反對，並已表達嚴正立場。
                記者追問：是否會採取進一步措施？
                發言人：我們將視情況作出回應。
                """);
        assertEquals("外交部發言人歐江安就美方涉台言論答記者問", page.title());
        assertEquals("發言人表態", page.category());
        assertEquals("2022-07-18", page.date().date().toString());
        assertEquals("zh", page.language());
        assertEquals(new ParsedPage.Speaker("外交部", "歐江安", "發言人"), page.speaker());
        assertPairs(page, List.of("美方日前發表涉台言論，外交部有何回應？", "是否會採取進一步措施？"),
                List.of("我們堅決反對，並已表達嚴正立場。", "我們將視情況作出回應。"));
    }

    @Test
    void spanish() {
        ParsedPage page = PageParser.parse("""
                Declaración del portavoz de la Embajada de China en España sobre la cooperación
                Madrid, 18 de julio de 2022

                P: ¿Cuál es su comentario sobre el acuerdo firmado ayer por los dos gobiernos?
                R: Lo acogemos con satisfacción y esperamos que la cooperación siga adelante.
                Pregunta: ¿Habrá una nueva reunión este año?
                Respuesta: No tengo información al respecto por el momento.
                """);
        assertEquals("2022-07-18", page.date().date().toString());
        assertEquals("es", page.language());
        assertEquals("Embajada de China en España", page.speaker().issuer());
        assertEquals(2, page.qa().size());
        assertEquals("No tengo información al respecto por el momento.", page.qa().get(1).answer());
    }

    @Test
    void russianWithOutletsAndTheSpeakersName() {
        ParsedPage page = PageParser.parse("""
                Брифинг официального представителя МИД КНР 18 июля 2022 года

                ТАСС: Как вы прокомментируете вчерашнее заявление?
                Ван Вэньбинь: Мы выступаем против этого и уже заявили о своей позиции.
                РИА Новости: Состоится ли встреча министров в этом году?
                Ван Вэньбинь: У меня нет информации по этому вопросу.
                """);
        assertEquals("2022-07-18", page.date().date().toString());
        assertEquals("ru", page.language());
        assertEquals("официальный представитель", page.speaker().role());
        assertEquals(List.of("ТАСС", "РИА Новости"), page.qa().stream().map(QaContent::askedBy).toList());
        assertEquals("Ван Вэньбинь", page.qa().get(1).answeredBy());
    }

    @Test
    void russianWithQuestionAndAnswerWords() {
        ParsedPage page = PageParser.parse("""
                Ответы официального представителя МИД на вопросы СМИ
                18 июля 2022 г.

                Вопрос: Как вы прокомментируете вчерашнее заявление?
                Ответ: Мы выступаем против этого.
                """);
        assertPairs(page, List.of("Как вы прокомментируете вчерашнее заявление?"), List.of("Мы выступаем против этого."));
    }

    @Test
    void german() {
        ParsedPage page = PageParser.parse("""
                Erklärung des Sprechers der Botschaft der Volksrepublik China in Deutschland zu den Äußerungen
                Berlin, 18. Juli 2022

                Frage: Wie bewerten Sie die gestrigen Äußerungen des Abgeordneten?
                Antwort: Wir weisen sie entschieden zurück und haben das der deutschen Seite mitgeteilt.
                """);
        assertEquals("2022-07-18", page.date().date().toString());
        assertEquals("de", page.language());
        assertEquals("Botschaft der Volksrepublik China in Deutschland", page.speaker().issuer());
        assertPairs(page, List.of("Wie bewerten Sie die gestrigen Äußerungen des Abgeordneten?"),
                List.of("Wir weisen sie entschieden zurück und haben das der deutschen Seite mitgeteilt."));
    }

    @Test
    void japaneseWithBracketedLabels() {
        ParsedPage page = PageParser.parse("""
                中国外交部報道官談話
                2022年7月18日

                【NHK記者】昨日の声明についてどのように受け止めていますか。
                【報道官】私たちは断固として反対します。
                （会場笑い）
                【共同通信記者】次回の会談の予定はありますか。
                【報道官】現時点でお伝えできることはありません。
                """);
        assertEquals("ja", page.language());
        assertEquals("中国外交部", page.speaker().issuer());
        assertEquals(List.of("NHK記者", "共同通信記者"), page.qa().stream().map(QaContent::askedBy).toList());
        assertEquals("私たちは断固として反対します。\n\n（会場笑い）", page.qa().get(0).answer());
    }

    @Test
    void japaneseWithQuestionAndAnswerWords() {
        ParsedPage page = PageParser.parse("""
                中国外交部報道官談話
                2022年7月18日

                問：昨日の声明についてどのように受け止めていますか。
                答：私たちは断固として反対します。
                """);
        assertPairs(page, List.of("昨日の声明についてどのように受け止めていますか。"), List.of("私たちは断固として反対します。"));
    }

    @Test
    void arabic() {
        ParsedPage page = PageParser.parse("""
                بيان المتحدث باسم وزارة الخارجية حول الوضع في المنطقة
                ١٨ يوليو ٢٠٢٢

                س: ما هو تعليقكم على التصريحات الأخيرة؟
                ج: نحن نرفضها بشدة ونعتقد أن الحوار هو الطريق الوحيد.
                """);
        assertEquals("2022-07-18", page.date().date().toString());
        assertEquals("ar", page.language());
        assertEquals("وزارة الخارجية", page.speaker().issuer());
        assertPairs(page, List.of("ما هو تعليقكم على التصريحات الأخيرة؟"), List.of("نحن نرفضها بشدة ونعتقد أن الحوار هو الطريق الوحيد."));
    }
}
