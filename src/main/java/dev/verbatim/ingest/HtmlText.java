package dev.verbatim.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Text written from HTML as a reader sees it, a block a line (runs of spaces in the source
 * collapse, no-break spaces stay), with the element each piece of each line came from, so that
 * an import can say where it found a title or a date.
 */
final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "blockquote", "pre", "table", "ul", "ol", "dl", "dd", "dt", "figure", "figcaption",
            "header", "footer", "address", "main", "hr", "td", "th");

    private final StringBuilder out = new StringBuilder();
    private final Map<Integer, List<PageSource.Segment>> elements = new HashMap<>();
    private int line;

    /** A whole line, from one element or source. */
    void line(String text, String element) {
        if (text != null && !text.isBlank()) {
            piece(text.replace('\n', ' ').replace('\r', ' '), element);
            newLine();
        }
    }

    void newLine() {
        out.append('\n');
        line++;
    }

    /** The text of another, after this one's. */
    void append(HtmlText other) {
        other.elements.forEach((index, segments) -> elements.put(line + index, segments));
        out.append(other.out);
        line += other.line;
    }

    /** The lines of another that hold text and that {@code keep} accepts, after this one's. */
    void appendLines(HtmlText other, Predicate<String> keep) {
        List<String> lines = PageText.lines(other.text());
        for (int index = 0; index < lines.size(); index++) {
            if (!lines.get(index).isEmpty() && keep.test(lines.get(index))) {
                elements.put(line, other.elements.getOrDefault(index, List.of()));
                out.append(lines.get(index));
                newLine();
            }
        }
    }

    /**
     * Writes the blocks of a tree, from the node after {@code after} (from its start when null) up
     * to {@code before} (to its end when null), {@code most} lines of text at the most.
     */
    void write(Node root, Node after, Node before, int most) {
        int first = line;
        boolean[] started = { after == null };
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node == before || written(first) >= most) {
                    return FilterResult.STOP;
                }
                if (node == after) {
                    started[0] = true;
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (started[0] && node instanceof TextNode text) {
                    piece(text.getWholeText().replaceAll("[ \\t\\r\\n]+", " "), describe((Element) text.parent()));
                } else if (started[0] && isBlock(node)) {
                    newLine();
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (started[0] && isBlock(node)) {
                    newLine();
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    String text() {
        return out.toString();
    }

    PageSource source(List<LocalDate> pageDates, PageSource.Links links) {
        return new PageSource(out.toString(), elements, pageDates, links);
    }

    /** An element as a CSS selector would name it: h2.title, span#News_Body_Time. */
    static String describe(Element element) {
        if (!element.id().isEmpty()) {
            return element.tagName() + "#" + element.id();
        }
        return element.tagName() + (element.className().isBlank() ? "" : "." + element.className().strip().split("\\s+")[0]);
    }

    private void piece(String text, String element) {
        out.append(text);
        if (!text.isBlank()) {
            elements.computeIfAbsent(line, index -> new ArrayList<>()).add(new PageSource.Segment(text, element));
        }
    }

    private int written(int first) {
        return (int) elements.keySet().stream().filter(index -> index >= first).count();
    }

    private static boolean isBlock(Node node) {
        return node instanceof Element element && BLOCKS.contains(element.tagName());
    }
}
