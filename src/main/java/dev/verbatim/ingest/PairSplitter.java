package dev.verbatim.ingest;

import dev.verbatim.statement.QaContent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits the body of a page into paragraphs outside any pair and the pairs. A question marker
 * opens a pair, an answer marker its answer. Where the page forgets a marker, the structure still
 * tells: an answer marker right after an answer opens a new pair whose question is the paragraph
 * before it (a question asked after the conference); a question without any answer marker ends at
 * its first paragraph that asks, and what follows is its answer. A separator (an empty line here)
 * ends the exchange before it.
 */
final class PairSplitter {

    /** A line of the body with its number in the page text, from 1. */
    record Line(int number, String text) {
    }

    /** The pairs, the paragraphs outside them, the markers used and the warnings. */
    record Result(List<QaContent> pairs, List<String> outside, List<ImportDiagnostics.MarkerUse> markers,
            List<ImportDiagnostics.Warning> warnings) {
    }

    private static final Pattern ASKS_ANYWHERE = Pattern.compile("[?？؟]");
    private static final Pattern ASKS = Pattern.compile("[?？؟][\\s\"'”’»」』)）]*$");

    private final List<Line> body;
    private final List<QaMarkers.Marker> markers;
    private final List<QaContent> pairs = new ArrayList<>();
    private final List<Line> outside = new ArrayList<>();
    private final List<ImportDiagnostics.Warning> warnings = new ArrayList<>();
    private final Map<String, Integer> used = new LinkedHashMap<>();
    private final Map<String, QaMarkers.Marker> usedMarkers = new HashMap<>();
    private Draft draft;
    /** The paragraphs outside any pair since the last separator; null before the first separator. */
    private List<Line> sinceSeparator;

    private PairSplitter(List<Line> body, List<QaMarkers.Marker> markers) {
        this.body = body;
        this.markers = markers;
    }

    /**
     * A label such as "CCTV:" opens a question only when an answer follows it; without explicit
     * answer markers, the label used most (two or more times, a third of all labels at least) is
     * taken for the speaker's.
     */
    static Result split(List<Line> body, Set<String> speakers) {
        List<QaMarkers.Marker> markers = markers(body, QaMarkers.Speakers.of(speakers));
        String speaker = frequentLabel(markers);
        if (speaker != null && speakers.add(speaker)) {
            markers = markers(body, QaMarkers.Speakers.of(speakers));
        }
        PairSplitter splitter = new PairSplitter(body, markers);
        splitter.run();
        List<ImportDiagnostics.MarkerUse> uses = new ArrayList<>();
        splitter.used.forEach((key, count) -> {
            QaMarkers.Marker marker = splitter.usedMarkers.get(key);
            uses.add(new ImportDiagnostics.MarkerUse(marker.marker(), marker.kind() == QaMarkers.Kind.ANSWER ? "answer" : "question",
                    marker.rule().description, count));
        });
        return new Result(splitter.pairs, splitter.outside.stream().map(Line::text).filter(text -> !text.isEmpty()).toList(), uses,
                splitter.warnings);
    }

    private void run() {
        for (int i = 0; i < body.size(); i++) {
            Line line = body.get(i);
            QaMarkers.Marker marker = markers.get(i);
            QaMarkers.Kind kind = marker == null ? null : marker.kind();
            if (kind == QaMarkers.Kind.LABEL && !answerFollows(i) || isReply(marker, line)) {
                kind = null;
            }
            if (kind == QaMarkers.Kind.QUESTION || kind == QaMarkers.Kind.LABEL) {
                use(marker);
                close();
                draft = new Draft(marker.label());
                draft.question.add(new Line(line.number(), line.text().substring(marker.contentStart())));
            } else if (kind == QaMarkers.Kind.ANSWER) {
                answer(line, marker);
            } else if (line.text().isEmpty()) {
                close();
                sinceSeparator = new ArrayList<>();
            } else if (draft == null) {
                outside.add(line);
                if (sinceSeparator != null) {
                    sinceSeparator.add(line);
                }
            } else {
                (draft.answering ? draft.answer : draft.question).add(line);
            }
        }
        close();
    }

    /**
     * A line of a reporter who names no outlet and does not ask, while an answer is under way,
     * replies to the speaker ("记者：是的。") within the same exchange: it opens no question.
     */
    private boolean isReply(QaMarkers.Marker marker, Line line) {
        return marker != null && marker.rule() == QaMarkers.Rule.REPORTER && marker.label() == null && draft != null && answerUnderWay()
                && !ASKS_ANYWHERE.matcher(line.text()).find();
    }

    /** Whether the draft has an answer, marked or not: a paragraph after one that asks. */
    private boolean answerUnderWay() {
        if (draft.answering) {
            return true;
        }
        for (int k = 0; k < draft.question.size() - 1; k++) {
            if (ASKS.matcher(draft.question.get(k).text()).find()) {
                return true;
            }
        }
        return false;
    }

    private void answer(Line line, QaMarkers.Marker marker) {
        if (draft == null && !outside.isEmpty() && ASKS.matcher(outside.get(outside.size() - 1).text()).find()) {
            // A question without a marker before the first answer.
            draft = new Draft(null);
            draft.question.add(outside.remove(outside.size() - 1));
        } else if (draft == null && sinceSeparator != null && !sinceSeparator.isEmpty()) {
            // After a separator, the lines that introduce an answer stand for its question.
            draft = new Draft(null);
            draft.question.addAll(sinceSeparator);
            outside.removeAll(sinceSeparator);
        } else if (draft == null) {
            outside.add(line);
            return;
        } else if (draft.answering && draft.answer.size() >= 2) {
            // An answer right after an answer: the paragraph before it asked the question.
            Line question = draft.answer.remove(draft.answer.size() - 1);
            close();
            draft = new Draft(null);
            draft.question.add(question);
        }
        use(marker);
        draft.answering = true;
        if (marker.label() != null && draft.answeredBy == null) {
            draft.answeredBy = marker.label();
        }
        draft.answer.add(new Line(line.number(), line.text().substring(marker.contentStart())));
    }

    private void use(QaMarkers.Marker marker) {
        String key = marker.kind() + "\u0000" + marker.marker();
        used.merge(key, 1, Integer::sum);
        usedMarkers.putIfAbsent(key, marker);
    }

    private void close() {
        if (sinceSeparator != null) {
            sinceSeparator.clear();
        }
        if (draft == null) {
            return;
        }
        int n = pairs.size() + 1;
        int first = draft.question.isEmpty() ? 0 : draft.question.get(0).number();
        if (!draft.answering) {
            splitUnmarkedAnswer(n, first);
        }
        QaContent pair = draft.done();
        if (pair.answer().isEmpty()) {
            warnings.add(new ImportDiagnostics.Warning("empty-answer", "pair " + n + " has no answer", first));
        }
        if (pair.question().isEmpty()) {
            warnings.add(new ImportDiagnostics.Warning("empty-question", "pair " + n + " has no question", first));
        }
        long asking = draft.question.stream().filter(line -> ASKS.matcher(line.text()).find()).count();
        if (asking >= 2) {
            warnings.add(new ImportDiagnostics.Warning("question-looks-like-two",
                    "the question of pair " + n + " holds " + asking + " paragraphs that each end with a question mark", first));
        }
        pairs.add(pair);
        draft = null;
    }

    /**
     * A question of several paragraphs and no answer marker: its answer starts after its first
     * paragraph that asks (an answer may well ask back, rhetorically).
     */
    private void splitUnmarkedAnswer(int n, int first) {
        List<Line> question = draft.question;
        for (int k = 0; k < question.size() - 1; k++) {
            if (ASKS.matcher(question.get(k).text()).find()) {
                List<Line> answer = new ArrayList<>(question.subList(k + 1, question.size()));
                question.subList(k + 1, question.size()).clear();
                draft.answer.addAll(answer);
                warnings.add(new ImportDiagnostics.Warning("answer-without-marker", "the answer of pair " + n
                        + " has no marker: it is taken to start after the question's first question mark", answer.get(0).number()));
                return;
            }
        }
    }

    private boolean answerFollows(int index) {
        for (int j = index + 1; j < markers.size(); j++) {
            QaMarkers.Marker next = markers.get(j);
            if (next != null) {
                return next.kind() == QaMarkers.Kind.ANSWER;
            }
        }
        return false;
    }

    private static List<QaMarkers.Marker> markers(List<Line> body, QaMarkers.Speakers speakers) {
        List<QaMarkers.Marker> markers = new ArrayList<>(body.size());
        for (Line line : body) {
            markers.add(QaMarkers.of(line.text(), speakers));
        }
        return markers;
    }

    private static String frequentLabel(List<QaMarkers.Marker> markers) {
        Map<String, Integer> counts = new HashMap<>();
        int labels = 0;
        for (QaMarkers.Marker marker : markers) {
            if (marker != null && marker.kind() == QaMarkers.Kind.ANSWER) {
                return null;
            }
            if (marker != null && marker.kind() == QaMarkers.Kind.LABEL) {
                counts.merge(marker.label(), 1, Integer::sum);
                labels++;
            }
        }
        int all = labels;
        return counts.entrySet().stream().max(Map.Entry.comparingByValue())
                .filter(most -> most.getValue() >= 2 && most.getValue() * 3 >= all).map(Map.Entry::getKey).orElse(null);
    }

    private static final class Draft {
        final String askedBy;
        String answeredBy;
        boolean answering;
        final List<Line> question = new ArrayList<>();
        final List<Line> answer = new ArrayList<>();

        Draft(String askedBy) {
            this.askedBy = askedBy;
        }

        QaContent done() {
            return new QaContent(join(question), join(answer), askedBy, answeredBy);
        }

        private static String join(List<Line> lines) {
            return String.join("\n\n", lines.stream().map(Line::text).filter(p -> !p.isEmpty()).toList());
        }
    }
}
