package dev.verbatim.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

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
    private static final Pattern TRAIL_SEPARATORS = Pattern.compile("[>›»→/]+");
    private static final Pattern HIDDEN = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    /** Past the title, the lines read before the main content: a date and a source line, not a menu. */
    private static final int MAX_HEAD_LINES = 12;
    private static final List<String> DATE_META = List.of("article:published_time", "og:published_time", "pubdate",
            "publishdate", "publish_date", "PubDate", "dcterms.created", "DC.date", "DC.date.issued", "date");

    private HtmlPage() {
    }

    /** The page's text, from its bytes; the charset comes from the page (BOM or meta) or is UTF-8. */
    static String toText(byte[] html) {
        return render(html).text();
    }

    /** The page's text, the element each line of its head came from, and every date written on it. */
    static PageSource render(byte[] html) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<LocalDate> pageDates = page.body() == null ? List.of() : DateFinder.findAll(page.body().text());
        String breadcrumb = breadcrumb(page);
        Element titleElement = titleElement(page);
        String title = title(titleElement, documentTitle(page));
        Meta date = metaDate(page);
        page.select("script, style, noscript, template, iframe, form, button, select, input, nav, aside, svg, "
                + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true], [hidden]").remove();
        for (Element element : page.select("[class], [id], [style]")) {
            if (element.parent() != null && (isFurniture(element) || isHidden(element))) {
                element.remove();
            }
        }
        Element content = mainContent(page);
        HtmlText body = new HtmlText();
        body.write(content, null, null, Integer.MAX_VALUE);
        HtmlText text = new HtmlText();
        text.line(breadcrumb, "breadcrumb");
        if (title != null && !PageText.plainSpaces(body.text()).contains(PageText.plainSpaces(title))) {
            text.line(title, titleElement == null ? "title" : HtmlText.describe(titleElement));
        }
        boolean apart = titleElement != null && titleElement.parent() != null && content != titleElement
                && !content.parents().contains(titleElement) && !titleElement.parents().contains(content);
        if (apart) {
            // Between the title and the content, only what dates the page or names its source is read: a menu there is not.
            HtmlText head = new HtmlText();
            head.write(page.body() == null ? page : page.body(), titleElement, content, MAX_HEAD_LINES);
            text.appendLines(head, line -> PageHeader.dateLine(line, true).isPresent() || PageHeader.isSourceLine(line));
        }
        if (date != null) {
            text.line(date.value(), date.element());
        }
        text.newLine();
        text.append(body);
        return text.source(pageDates, listOfLinks(page));
    }

    private record Meta(String value, String element) {
    }

    private static boolean isHidden(Element element) {
        return HIDDEN.matcher(element.attr("style")).find() && element.select("p").size() < 3;
    }

    private static boolean isFurniture(Element element) {
        String names = element.className() + " " + element.id();
        return FURNITURE.matcher(names).find() && !element.tagName().equals("body")
                && !BREADCRUMB.matcher(names).find() && element.select("p").size() < 3;
    }

    /** A trail of links: named so (breadcrumb, location), or shaped so, links with only arrows between them. */
    private static String breadcrumb(Document page) {
        for (Element candidate : page.select("[class], [id], div, p, span, td")) {
            String names = candidate.className() + " " + candidate.id();
            if ((BREADCRUMB.matcher(names).find() || isTrail(candidate)) && !candidate.tagName().equals("body")) {
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

    private static boolean isTrail(Element element) {
        if (element.children().size() < 2 || element.children().size() != element.select("> a").size()) {
            return false;
        }
        StringBuilder between = new StringBuilder();
        element.textNodes().forEach(text -> between.append(text.text()));
        String arrows = PageText.plainSpaces(between.toString()).replace(" ", "");
        return !arrows.isEmpty() && TRAIL_SEPARATORS.matcher(arrows).matches();
    }

    /**
     * The element that shows the title: a heading or an element named for titles whose text is
     * the document's title (or holds it, or is held in it), else the first h1.
     */
    private static Element titleElement(Document page) {
        String documentTitle = documentTitle(page);
        if (documentTitle != null) {
            String wanted = withoutSpaces(documentTitle);
            for (Element candidate : page.select("h1, h2, h3, h4, [class~=(?i)title|headline], [id~=(?i)title|headline]")) {
                String text = withoutSpaces(candidate.text());
                if (text.length() >= 4 && text.length() <= PageParser.MAX_TITLE
                        && (text.equals(wanted) || text.contains(wanted) || wanted.contains(text) && text.length() * 2 > wanted.length())) {
                    return candidate;
                }
            }
        }
        Element h1 = page.selectFirst("article h1, main h1, h1");
        return h1 != null && !h1.text().isBlank() ? h1 : null;
    }

    /** A title broken over lines (a br) reads as the document's title when that is the same words. */
    private static String title(Element element, String documentTitle) {
        if (element == null) {
            return documentTitle;
        }
        String heading = PageText.trim(element.text());
        return documentTitle != null && withoutSpaces(heading).equals(withoutSpaces(documentTitle)) ? documentTitle : heading;
    }

    private static String withoutSpaces(String text) {
        return PageText.plainSpaces(text).replace(" ", "");
    }

    /** The title the document gives itself: og:title, else the longest part of its title ("Statement - Site name"). */
    private static String documentTitle(Document page) {
        Element og = page.selectFirst("meta[property=og:title]");
        if (og != null && !og.attr("content").isBlank()) {
            return PageText.trim(og.attr("content"));
        }
        String title = PageText.trim(page.title());
        String best = null;
        for (String part : title.split("\\s+[-|–—_]\\s+")) {
            if (best == null || part.length() > best.length()) {
                best = PageText.trim(part);
            }
        }
        return best == null || best.isEmpty() ? null : best;
    }

    private static Meta metaDate(Document page) {
        for (String name : DATE_META) {
            Element meta = page.selectFirst("meta[name=" + name + "], meta[property=" + name + "]");
            if (meta != null && DateFinder.find(meta.attr("content")).isPresent()) {
                return new Meta(meta.attr("content").replace('T', ' '), "meta[" + (meta.hasAttr("name") ? "name=" + meta.attr("name") : "property=" + meta.attr("property")) + "]");
            }
        }
        Element time = page.selectFirst("time[datetime]");
        if (time != null && DateFinder.find(time.attr("datetime")).isPresent()) {
            return new Meta(time.attr("datetime").replace('T', ' '), "time[datetime]");
        }
        return null;
    }

    /** The page's longest list of links, what is left once its furniture is gone: a listing's list. */
    private static PageSource.Links listOfLinks(Document page) {
        PageSource.Links longest = PageSource.Links.NONE;
        for (Element list : page.select("ul, ol, table, dl")) {
            Elements links = list.select("a[href]");
            if (links.size() > longest.count()) {
                int linkText = links.stream().mapToInt(link -> PageText.trim(link.text()).length()).sum();
                longest = new PageSource.Links(links.size(), linkText, PageText.trim(list.text()).length());
            }
        }
        return longest;
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
}
