package dev.verbatim.ingest;

import dev.verbatim.statement.QaContent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a statement page as a browser shows its text: a breadcrumb, a title, a date line, then
 * paragraphs, some of them questions and answers. Page furniture is dropped; every other
 * character is kept as it was.
 */
final class PageParser {

    static final int MAX_TITLE = 300;
    private static final Pattern BREADCRUMB_SEPARATOR = Pattern.compile(QaMarkers.SP + "[>›»]" + QaMarkers.SP);
    private static final Pattern DATE_LABEL = Pattern.compile("(?iu)^(?:来源|发布时间|发布日期|时间|日期|source|date|published( on)?|updated"
            + "|publié le|mis à jour le|le)" + QaMarkers.SP + "[:：]?");

    private PageParser() {
    }

    static ParsedPage parse(String text) {
        List<String> lines = PageText.lines(text);
        Header header = header(lines);
        List<String> body = new ArrayList<>();
        for (int i = header.bodyStart; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.isEmpty() && !Boilerplate.isBoilerplate(line)) {
                body.add(line);
            }
        }
        FoundDate date = header.date;
        if (date == null && header.title != null) {
            date = DateFinder.find(header.title).orElse(null);
        }
        if (date == null) {
            date = trailingDateLine(body);
        }
        ParsedPage.Speaker speaker = TitleSpeaker.of(header.title);
        Set<String> speakers = new HashSet<>();
        if (speaker != null && speaker.name() != null) {
            speakers.add(speaker.name());
        }
        List<String> paragraphs = new ArrayList<>();
        List<QaContent> qa = pairs(body, speakers, paragraphs);
        String language = LanguageDetector.detect(String.join("\n", body) + "\n" + (header.title == null ? "" : header.title));
        return new ParsedPage(header.category, header.title, date, language, speaker, paragraphs, qa);
    }

    private record Header(String category, String title, FoundDate date, int bodyStart) {
    }

    /** Breadcrumb, title, date line and toolbars, up to the first line of the body. */
    private static Header header(List<String> lines) {
        String category = null;
        String title = null;
        FoundDate date = null;
        int seen = 0;
        int i = 0;
        for (; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || Boilerplate.isBoilerplate(line)) {
                continue;
            }
            seen++;
            if (title == null && category == null && seen <= 3 && isBreadcrumb(line)) {
                category = lastSegment(line);
                continue;
            }
            Optional<FoundDate> dateLine = dateLine(line, title != null);
            if (date == null && dateLine.isPresent()) {
                date = dateLine.get();
                continue;
            }
            if (title == null && line.length() <= MAX_TITLE && QaMarkers.of(line, QaMarkers.Speakers.of(Set.of())) == null) {
                title = line;
                continue;
            }
            break;
        }
        if (category != null && title != null && PageText.plainSpaces(title).startsWith(category)) {
            category = null;
        }
        return new Header(category, title, date, i);
    }

    private static boolean isBreadcrumb(String line) {
        String[] segments = BREADCRUMB_SEPARATOR.split(line);
        if (segments.length < 2 || line.length() > 300) {
            return false;
        }
        for (String segment : segments) {
            if (segment.isBlank() || segment.length() > 80) {
                return false;
            }
        }
        return true;
    }

    private static String lastSegment(String line) {
        String[] segments = BREADCRUMB_SEPARATOR.split(line);
        return PageText.trim(segments[segments.length - 1]);
    }

    /**
     * A line that dates the page: a date alone, or behind a label (来源：, Source: Embassy of X,
     * Publié le). Once the title is known, a short line around a date counts too ("Bruxelles, le
     * 18 juillet 2022"); before it, such a line is more likely the title itself.
     */
    private static Optional<FoundDate> dateLine(String line, boolean afterTitle) {
        if (line.length() > 160) {
            return Optional.empty();
        }
        Optional<FoundDate> found = DateFinder.find(line);
        if (found.isEmpty()) {
            return found;
        }
        String plain = PageText.plainSpaces(line);
        String before = PageText.trim(plain.substring(0, found.get().start()));
        String after = PageText.trim(plain.substring(found.get().end()));
        boolean labelled = DATE_LABEL.matcher(before).lookingAt();
        boolean alone = before.replaceAll("[\\p{Punct}\\s]", "").isEmpty() && after.length() <= 12;
        boolean shortLine = afterTitle && (before + after).length() <= 40;
        return labelled || alone || shortLine ? found : Optional.empty();
    }

    /** A date written alone in one of the last two paragraphs, such as "Bruxelles, le 18 juillet 2022". */
    private static FoundDate trailingDateLine(List<String> body) {
        for (int i = body.size() - 1; i >= Math.max(0, body.size() - 2); i--) {
            String line = body.get(i);
            if (line.length() <= 80) {
                Optional<FoundDate> found = DateFinder.find(line);
                if (found.isPresent()) {
                    body.remove(i);
                    return found.get();
                }
            }
        }
        return null;
    }

    /**
     * Splits the body into paragraphs outside any pair and the pairs. A label such as "CCTV:" opens a
     * question only when an answer follows it; without explicit answer markers, the label used most
     * (two or more times, a third of all labels at least) is taken for the speaker's.
     */
    private static List<QaContent> pairs(List<String> body, Set<String> speakers, List<String> outside) {
        List<QaMarkers.Marker> markers = markers(body, QaMarkers.Speakers.of(speakers));
        String speaker = frequentLabel(markers);
        if (speaker != null && speakers.add(speaker)) {
            markers = markers(body, QaMarkers.Speakers.of(speakers));
        }
        List<QaContent> pairs = new ArrayList<>();
        Draft draft = null;
        for (int i = 0; i < body.size(); i++) {
            String line = body.get(i);
            QaMarkers.Marker marker = markers.get(i);
            QaMarkers.Kind kind = marker == null ? null : marker.kind();
            if (kind == QaMarkers.Kind.LABEL && !answerFollows(markers, i)) {
                kind = null;
            }
            if (kind == QaMarkers.Kind.QUESTION || kind == QaMarkers.Kind.LABEL) {
                if (draft != null) {
                    pairs.add(draft.done());
                }
                draft = new Draft(marker.label());
                draft.question.add(line.substring(marker.contentStart()));
            } else if (kind == QaMarkers.Kind.ANSWER && draft != null) {
                draft.answering = true;
                if (marker.label() != null && draft.answeredBy == null) {
                    draft.answeredBy = marker.label();
                }
                draft.answer.add(line.substring(marker.contentStart()));
            } else if (draft == null) {
                outside.add(line);
            } else if (draft.answering) {
                draft.answer.add(line);
            } else {
                draft.question.add(line);
            }
        }
        if (draft != null) {
            pairs.add(draft.done());
        }
        return pairs;
    }

    private static List<QaMarkers.Marker> markers(List<String> body, QaMarkers.Speakers speakers) {
        List<QaMarkers.Marker> markers = new ArrayList<>(body.size());
        for (String line : body) {
            markers.add(QaMarkers.of(line, speakers));
        }
        return markers;
    }

    private static boolean answerFollows(List<QaMarkers.Marker> markers, int index) {
        for (int j = index + 1; j < markers.size(); j++) {
            QaMarkers.Marker next = markers.get(j);
            if (next != null && next.kind() != QaMarkers.Kind.LABEL) {
                return next.kind() == QaMarkers.Kind.ANSWER;
            }
            if (next != null) {
                return false;
            }
        }
        return false;
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
        String best = null;
        int most = 1;
        for (var entry : counts.entrySet()) {
            if (entry.getValue() > most) {
                best = entry.getKey();
                most = entry.getValue();
            }
        }
        return best != null && most * 3 >= labels ? best : null;
    }

    private static final class Draft {
        final String askedBy;
        String answeredBy;
        boolean answering;
        final List<String> question = new ArrayList<>();
        final List<String> answer = new ArrayList<>();

        Draft(String askedBy) {
            this.askedBy = askedBy;
        }

        QaContent done() {
            return new QaContent(String.join("\n\n", question.stream().filter(p -> !p.isEmpty()).toList()),
                    String.join("\n\n", answer.stream().filter(p -> !p.isEmpty()).toList()), askedBy, answeredBy);
        }
    }
}
