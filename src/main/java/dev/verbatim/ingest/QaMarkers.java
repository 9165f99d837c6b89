package dev.verbatim.ingest;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the line that opens a question or an answer: {@code Q :}, {@code R :},
 * {@code Question:}, {@code Réponse :}, {@code Q:}/{@code A:}, {@code 问：}/{@code 答：},
 * {@code Follow-up:}, {@code 追问：}, numbered questions, with any Unicode space or none around a
 * half- or full-width colon; a reporter's outlet before a question ({@code Q: (AFP) ...},
 * {@code Reuters: ...}, {@code 法新社记者：...}); a speaker named before an answer.
 */
final class QaMarkers {

    static final String SP = "[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000]*";
    static final String COLON = "[:：]";

    private static final Pattern QUESTION = Pattern.compile("(?iu)^(?:\\d{1,3}" + SP + "[.)、．]" + SP + ")?"
            + "(?<kind>Q|Question|Questions|Follow-up question|Follow-up|Follow up|Question de suivi|Relance"
            + "|问|追问|提问|会后有记者问及|会后有记者问|记者问)(?:" + SP + "\\d{1,3})?" + SP + COLON + SP);
    private static final Pattern ANSWER = Pattern.compile("(?iu)^(?:A|R|Answer|Réponse|Rép\\.?|答|回答)" + SP + COLON + SP);
    private static final Pattern OUTLET_IN_PARENTHESES = Pattern.compile("^[(（](?<outlet>[^()（）]{2,40})[)）]" + SP);
    private static final Pattern CHINESE_OUTLET = Pattern.compile(
            "^(?<label>\\p{IsHan}{1,12}(?:记者|社|台|报|电视台|通讯社|新闻网))" + SP + COLON + SP);
    private static final Pattern LABEL = Pattern.compile("^(?<label>[\\p{Lu}0-9][\\p{L}\\p{M}0-9&.'’-]*"
            + "(?:[ \\u00A0](?:[\\p{Lu}0-9][\\p{L}\\p{M}0-9&.'’-]*|of|the|and|for|de|du|des|la|le|et)){0,5})" + SP + COLON + SP + "(?=\\S)");

    private QaMarkers() {
    }

    /** A marker at the start of a line: its kind, the label it names, and where the content starts. */
    record Marker(Kind kind, String label, int contentStart) {
    }

    enum Kind {
        /** An explicit question marker. */
        QUESTION,
        /** An explicit answer marker, or the speaker's name. */
        ANSWER,
        /** A label that is a question only if an answer follows it: an outlet's name. */
        LABEL
    }

    /** The speakers' names, each with the pattern that finds it before an answer. */
    record Speakers(Map<String, Pattern> patterns) {

        static Speakers of(Collection<String> names) {
            Map<String, Pattern> patterns = new LinkedHashMap<>();
            for (String name : names) {
                patterns.put(name, Pattern.compile("^" + Pattern.quote(name) + SP + COLON + SP));
            }
            return new Speakers(patterns);
        }

        boolean contains(String name) {
            return patterns.containsKey(name);
        }
    }

    static Marker of(String line, Speakers speakers) {
        Matcher q = QUESTION.matcher(line);
        if (q.find()) {
            String rest = line.substring(q.end());
            String outlet = null;
            int start = q.end();
            Matcher paren = OUTLET_IN_PARENTHESES.matcher(rest);
            Matcher chinese = CHINESE_OUTLET.matcher(rest);
            if (paren.find()) {
                outlet = paren.group("outlet").strip();
                start += paren.end();
            } else if (chinese.find()) {
                outlet = chinese.group("label");
                start += chinese.end();
            }
            return new Marker(Kind.QUESTION, outlet, start);
        }
        Matcher a = ANSWER.matcher(line);
        if (a.find()) {
            return new Marker(Kind.ANSWER, null, a.end());
        }
        Matcher chinese = CHINESE_OUTLET.matcher(line);
        if (chinese.find()) {
            return new Marker(Kind.LABEL, chinese.group("label"), chinese.end());
        }
        Matcher label = LABEL.matcher(line);
        if (label.find()) {
            String name = label.group("label");
            return new Marker(speakers.contains(name) ? Kind.ANSWER : Kind.LABEL, name, label.end());
        }
        for (var speaker : speakers.patterns().entrySet()) {
            Matcher named = speaker.getValue().matcher(line);
            if (named.find()) {
                return new Marker(Kind.ANSWER, speaker.getKey(), named.end());
            }
        }
        return null;
    }
}
