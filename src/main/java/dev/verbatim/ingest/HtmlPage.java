package dev.verbatim.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns a whole HTML page into the text a reader sees of its statement: the breadcrumb, the
 * title, the date, and the main content with navigation, menus, share links and footers removed,
 * one block a line. {@link PageParser} reads the result like any page text.
 */
final class HtmlPage {

    private static final Pattern FURNITURE = Pattern.compile(
            "(?i)(^|[-_ ])(nav|navbar|navigation|menu|menubar|footer|foot|sidebar|side|share|sharing|social|copyright|toolbar"
                    + "|print|related|comments?|cookie|banner|advert|ads?|search|login|skip|header|topbar|subscribe)([-_ ]|\\d|$)");
    private static final Pattern BREADCRUMB = Pattern.compile("(?i)bread|crumb|position|location|path|current");
    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "section", "article", "blockquote", "pre", "table", "ul", "ol", "dl", "dd", "dt", "figure", "figcaption",
            "header", "footer", "address", "main", "hr", "td", "th");
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time", "pubdate",
            "publishdate", "publish_date", "PubDate", "dcterms.created", "DC.date", "DC.date.issued", "date");

    private HtmlPage() {
    }

    /** The page's text, from its bytes; the charset comes from the page (BOM or meta) or is UTF-8. */
    static String toText(byte[] html) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String breadcrumb = breadcrumb(page);
        String title = title(page);
        String date = metaDate(page);
        page.select("script, style, noscript, template, iframe, form, button, select, input, nav, aside, svg, "
                + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]").remove();
        for (Element element : page.select("[class], [id]")) {
            if (element.parent() != null && isFurniture(element)) {
                element.remove();
            }
        }
        Element content = mainContent(page);
        StringBuilder text = new StringBuilder();
        if (breadcrumb != null) {
            text.append(breadcrumb).append('\n');
        }
        String body = render(content);
        if (title != null && !PageText.plainSpaces(body).contains(PageText.plainSpaces(title))) {
            text.append(title).append('\n');
        }
        if (date != null) {
            text.append(date).append('\n');
        }
        return text.append('\n').append(body).toString();
    }

    private static boolean isFurniture(Element element) {
        String names = element.className() + " " + element.id();
        return FURNITURE.matcher(names).find() && !element.tagName().equals("body")
                && !BREADCRUMB.matcher(names).find() && element.select("p").size() < 3;
    }

    private static String breadcrumb(Document page) {
        for (Element candidate : page.select("[class], [id]")) {
            String names = candidate.className() + " " + candidate.id();
            if (BREADCRUMB.matcher(names).find() && !candidate.tagName().equals("body")) {
                Elements links = candidate.select("a");
                String text = PageText.trim(candidate.text());
                if (!links.isEmpty() && text.length() <= 300) {
                    String last = PageText.trim(links.last().text());
                    String tail = text.substring(text.lastIndexOf(last) + last.length()).replaceAll("^[\\s\\u00A0>›»/|]+", "");
                    List<String> segments = new ArrayList<>(links.eachText());
                    if (!tail.isBlank() && tail.length() < 80) {
                        segments.add(PageText.trim(tail));
                    }
                    if (segments.size() >= 2) {
                        return String.join(" > ", segments);
                    }
                }
            }
        }
        return null;
    }

    private static String title(Document page) {
        Element h1 = page.selectFirst("article h1, main h1, h1");
        if (h1 != null && !h1.text().isBlank()) {
            return PageText.trim(h1.text());
        }
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return PageText.trim(og.attr("content"));
        }
        String title = PageText.trim(page.title());
        if (title.isEmpty()) {
            return null;
        }
        // "Statement title - Site name": the longest part is the statement's.
        String best = title;
        for (String part : title.split("\\s+[-|–—_]\\s+")) {
            if (part.length() > best.length() || best.equals(title) && part.length() > title.length() / 2) {
                best = part;
            }
        }
        return PageText.trim(best);
    }

    private static String metaDate(Document page) {
        for (String name : DATE_META) {
            Element meta = page.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
            if (meta != null && DateFinder.find(meta.attr("content")).isPresent()) {
                return meta.attr("content").replace('T', ' ');
            }
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null && DateFinder.find(time.attr("datetime")).isPresent()) {
            return time.attr("datetime").replace('T', ' ');
        }
        return null;
    }

    /** The element holding the statement: an article or main element, else the one with the most paragraph text. */
    private static Element mainContent(Document page) {
        for (String selector : List.of("article", "main", "[role=main]", "#content", ".content", ".article", ".TRS_Editor")) {
            Element candidate = page.selectFirst(selector);
            if (candidate != null && candidate.text().length() > 200) {
                return candidate;
            }
        }
        Element best = page.body() == null ? page : page.body();
        int bestScore = 0;
        for (Element element : page.select("div, td, section")) {
            int score = 0;
            for (Element child : element.children()) {
                if (child.tagName().equals("p") || child.tagName().equals("br")) {
                    score += child.text().length();
                }
            }
            for (TextNode node : element.textNodes()) {
                score += PageText.trim(node.text()).length();
            }
            if (score > bestScore) {
                best = element;
                bestScore = score;
            }
        }
        return best;
    }

    /** Block elements become line breaks; runs of spaces in the source collapse, but no-break spaces stay. */
    private static String render(Element content) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replaceAll("[ \\t\\r\\n]+", " "));
                } else if (node instanceof Element element && BLOCKS.contains(element.tagName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.tagName())) {
                    out.append('\n');
                }
            }
        }, content);
        return out.toString();
    }
}
