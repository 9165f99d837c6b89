package dev.verbatim.ingest;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the line that opens a question or an answer: a label before a half- or full-width
 * colon, with any Unicode space or none around it, or a label in brackets (【記者】, （答）). The label is a question word ({@code Q},
 * {@code 问}, {@code 問}, {@code Pregunta}, {@code Вопрос}, {@code Frage}, {@code 質問}, {@code سؤال},
 * follow-ups, numbered questions), an answer word ({@code A}, {@code R}, {@code 答}, {@code Respuesta},
 * {@code Ответ}, {@code Antwort}, {@code جواب}), a speaker named before an answer, or a
 * reporter's outlet before a question ({@code Reuters:}, {@code 《北京青年报》记者：}).
 */
final class QaMarkers {

    static final String SP = "[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]*";
    static final String COLON = "[:：]";

    private static final String QUESTION_WORDS = "Q|Questions?|Follow-up questions?|Follow-ups?|Follow up|Question de suivi|Relance"
            + "|P|Preguntas?|Pregunta de seguimiento|В|Вопрос|Уточняющий вопрос|F|Frage|Nachfrage|Zusatzfrage"
            + "|问|追问|提问|問|追問|提問|質問|再質問|記者問|记者问|س|سؤال|السؤال";
    private static final String ANSWER_WORDS = "A|R|Answer|Réponse|Rép\\.?|Respuesta|О|Ответ|Antwort|答|回答|ج|جواب|الجواب";
    /** A speaker's role, before or after the name: "Spokesperson Wang Wenbin", "上杉報道官", "外交部发言人". */
    private static final Pattern ROLE = Pattern.compile("(?iu)^(?:(?:Spokes(?:person|man|woman)|Porte-parole|Portavoz|Sprecherin|Sprecher"
            + "|Официальный представитель|المتحدث(?: باسم)?)(?:[ \\u00A0](?<after>.+))?|(?<before>.*?)(?:发言人|發言人|報道官|外務報道官"
            + "|[ \\u00A0](?:Spokes(?:person|man|woman)|Sprecher(?:in)?)))$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,3}" + SP + "[.)、．]" + SP);
    private static final Pattern QUESTION = Pattern.compile("(?iu)^(?:" + QUESTION_WORDS + ")(?:" + SP + "\\d{1,3})?$");
    private static final Pattern ANSWER = Pattern.compile("(?iu)^(?:" + ANSWER_WORDS + ")$");
    /** A label of words at the start of a line, before a colon: "Reuters", "Geng Shuang", "Question raised after ...". */
    private static final Pattern WORDS_LABEL = Pattern.compile("^(?<label>[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}&.'’()\\-]*"
            + "(?:[ \\u00A0][\\p{L}\\p{M}\\p{N}&.'’()\\-]+){0,7}?)" + SP + COLON + SP);
    /** A label in a script written without spaces: 路透社记者, 《北京青年报》记者, 耿爽, 会后有记者问及. */
    private static final Pattern CJK_LABEL = Pattern.compile("^(?<label>[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{L}\\p{N}"
            + "《》〈〉「」『』·・()（）]{1,24}?)" + SP + COLON + SP);
    /** Each word of an outlet's or a person's name starts with a capital; small words may join them. */
    private static final Pattern NAME_WORD = Pattern.compile("[\\p{Lu}\\p{N}\\p{IsArabic}].*|of|the|and|for|de|du|des|la|le|et|del|y|und|der");
    /** A label in brackets, Japanese style: "【NHK記者】", "【報道官】", "（問）", "（答）". */
    private static final Pattern BRACKETED = Pattern.compile("^[【\\[(（]" + SP + "(?<label>[^】\\]）)\\n]{1,24}?)" + SP + "[】\\]）)]" + SP);
    /** A label that starts with a question word, such as "Question raised after the press conference". */
    private static final Pattern QUESTION_PHRASE = Pattern.compile("(?iu)^(?:questions?|follow-up|preguntas?|вопрос\\p{L}*|fragen?)\\b.*");
    /** A reporter (记者, 記者) who asks, explains or follows up: "路透社记者", "记者追问", "会后有记者问及". */
    private static final Pattern CJK_QUESTION = Pattern.compile(".*(?:记者|記者)\\p{IsHan}{0,3}");
    private static final Pattern NAMED_REPORTER = Pattern.compile(".+(?:记者|記者)|.+ (?:[Rr]eporter|[Jj]ournalist)");
    private static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");
    /** A label in brackets is an aside of the transcript, "（记者：日本媒体）", not a marker. */
    private static final Pattern ASIDE = Pattern.compile("[(（\\[【「『]");
    private static final Pattern OUTLET_IN_PARENTHESES = Pattern.compile("^[(（](?<outlet>[^()（）]{2,40})[)）]" + SP);

    private QaMarkers() {
    }

    /** A marker at the start of a line: its kind, the label it names, and where the content starts. */
    record Marker(Kind kind, String label, int contentStart, String marker, Rule rule) {
    }

    enum Kind {
        /** An explicit question marker. */
        QUESTION,
        /** An explicit answer marker, or the speaker's name. */
        ANSWER,
        /** A label that is a question only if an answer follows it: an outlet's name. */
        LABEL
    }

    /** Why a line was taken for a marker, as the diagnostics of an import name it. */
    enum Rule {
        QUESTION_WORD("question word"),
        QUESTION_PHRASE("label that starts with a question word"),
        REPORTER("reporter's label"),
        ANSWER_WORD("answer word"),
        SPEAKER("speaker's name"),
        ROLE("speaker's role"),
        OUTLET("outlet's label, followed by an answer");

        final String description;

        Rule(String description) {
            this.description = description;
        }
    }

    /** The speakers' names, as the title or the page's own use of labels gives them. */
    record Speakers(Set<String> names) {

        static Speakers of(Collection<String> names) {
            return new Speakers(new LinkedHashSet<>(names));
        }

        /** The speaker a label names: the name itself, or a label that ends with it (外交部发言人耿爽). */
        String find(String label) {
            for (String name : names) {
                if (label.equals(name) || label.endsWith(name)) {
                    return name;
                }
            }
            return null;
        }
    }

    static Marker of(String line, Speakers speakers) {
        int start = 0;
        Matcher number = NUMBER.matcher(line);
        if (number.find()) {
            start = number.end();
        }
        String rest = line.substring(start);
        Matcher bracketed = BRACKETED.matcher(rest);
        if (bracketed.find()) {
            return bracketed(bracketed.group("label"), start + bracketed.end(), speakers, rest.charAt(0) == '【' || rest.charAt(0) == '[');
        }
        Matcher cjk = CJK_LABEL.matcher(rest);
        Matcher words = WORDS_LABEL.matcher(rest);
        boolean isCjk = cjk.find() && CJK.matcher(cjk.group("label")).find();
        boolean isWords = !isCjk && words.find();
        if (!isWords && !isCjk) {
            return null;
        }
        Matcher label = isCjk ? cjk : words;
        String name = label.group("label");
        int contentStart = start + label.end();
        if (QUESTION.matcher(name).matches()) {
            return question(line, contentStart, name);
        }
        if (ANSWER.matcher(name).matches()) {
            return new Marker(Kind.ANSWER, null, contentStart, name, Rule.ANSWER_WORD);
        }
        Marker speaker = speaker(name, contentStart, speakers);
        if (speaker != null || start > 0 || ASIDE.matcher(name).lookingAt()) {
            return speaker;
        }
        return isWords ? wordsLabel(name, contentStart, line) : cjkLabel(name, contentStart);
    }

    /** A speaker named (the title's, or the page's most used label), or a label with a speaker's role. */
    private static Marker speaker(String name, int contentStart, Speakers speakers) {
        String speaker = speakers.find(name);
        if (speaker != null) {
            return new Marker(Kind.ANSWER, speaker, contentStart, name, Rule.SPEAKER);
        }
        Matcher role = ROLE.matcher(name);
        if (role.matches()) {
            String named = role.group("after") != null ? role.group("after") : role.group("before");
            return new Marker(Kind.ANSWER, named == null || named.isBlank() ? null : named.strip(), contentStart, name, Rule.ROLE);
        }
        return null;
    }

    /**
     * A label in brackets marks a question or an answer only when it names one; else it is an aside
     * ("（众笑）", "（对提问的记者）"). Only square brackets name a reporter ("【NHK記者】").
     */
    private static Marker bracketed(String name, int contentStart, Speakers speakers, boolean square) {
        if (QUESTION.matcher(name).matches()) {
            return new Marker(Kind.QUESTION, null, contentStart, name, Rule.QUESTION_WORD);
        }
        if (ANSWER.matcher(name).matches()) {
            return new Marker(Kind.ANSWER, null, contentStart, name, Rule.ANSWER_WORD);
        }
        if (square && NAMED_REPORTER.matcher(name).matches()) {
            return new Marker(Kind.QUESTION, name, contentStart, name, Rule.REPORTER);
        }
        return speaker(name, contentStart, speakers);
    }

    /** A question word, perhaps followed by the outlet that asks: "Q: (AFP) ...", "问：路透社记者：...". */
    private static Marker question(String line, int contentStart, String word) {
        String rest = line.substring(contentStart);
        Matcher paren = OUTLET_IN_PARENTHESES.matcher(rest);
        if (paren.find()) {
            return new Marker(Kind.QUESTION, paren.group("outlet").strip(), contentStart + paren.end(), word, Rule.QUESTION_WORD);
        }
        Matcher cjk = CJK_LABEL.matcher(rest);
        if (cjk.find()) {
            if (NAMED_REPORTER.matcher(cjk.group("label")).matches()) {
                return new Marker(Kind.QUESTION, cjk.group("label"), contentStart + cjk.end(), word, Rule.QUESTION_WORD);
            }
        }
        return new Marker(Kind.QUESTION, null, contentStart, word, Rule.QUESTION_WORD);
    }

    private static Marker wordsLabel(String name, int contentStart, String line) {
        if (QUESTION_PHRASE.matcher(name).matches()) {
            return new Marker(Kind.QUESTION, null, contentStart, name, Rule.QUESTION_PHRASE);
        }
        for (String word : name.split("[ \\u00A0]")) {
            if (!NAME_WORD.matcher(word).matches()) {
                return null;
            }
        }
        // An outlet's label is followed by its question on the same line.
        return contentStart < line.length() && name.length() <= 60 ? new Marker(Kind.LABEL, name, contentStart, name, Rule.OUTLET) : null;
    }

    private static Marker cjkLabel(String name, int contentStart) {
        if (CJK_QUESTION.matcher(name).matches()) {
            String outlet = NAMED_REPORTER.matcher(name).matches() ? name : null;
            return new Marker(Kind.QUESTION, outlet, contentStart, name, Rule.REPORTER);
        }
        return name.length() >= 2 ? new Marker(Kind.LABEL, name, contentStart, name, Rule.OUTLET) : null;
    }
}
