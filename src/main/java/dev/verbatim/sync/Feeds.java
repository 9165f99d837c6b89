package dev.verbatim.sync;

import dev.verbatim.statement.Excerpt;
import dev.verbatim.statement.ListRequest;
import dev.verbatim.statement.QaPairView;
import dev.verbatim.statement.StatementService;
import dev.verbatim.statement.StatementView;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The newest matching statements as a feed a reader subscribes to: Atom (RFC 4287) or JSON Feed
 * 1.1. Entries are identified by tag URIs (RFC 4151) made from the statement ids, which never
 * change, so a reader never shows a statement twice, whatever host it was fetched from.
 */
@ApplicationScoped
class Feeds {

    static final String ATOM = "application/atom+xml";
    static final String JSON_FEED = "application/feed+json";
    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";
    private static final String TAG = "tag:verbatim,2026:";
    /** How much of the text a reader shows beside the title. */
    private static final int SUMMARY_LENGTH = 280;

    private final StatementService statements;
    private final ChangeFeed changes;

    Feeds(StatementService statements, ChangeFeed changes) {
        this.statements = statements;
        this.changes = changes;
    }

    /** Where the feed is, as asked; where the API starts; and what a reader calls it. */
    record Place(URI self, URI base, String title) {

        /**
         * The web page of the same filters, which a reader opens as the feed's site: the search page
         * takes the list filters as the API names them; how many entries a feed carries is no
         * filter.
         */
        String page() {
            String query = self.getRawQuery() == null ? "" : Arrays.stream(self.getRawQuery().split("&"))
                    .filter(parameter -> !parameter.isEmpty() && !parameter.split("=", 2)[0].equals("limit"))
                    .collect(Collectors.joining("&"));
            return base.toString() + (query.isEmpty() ? "" : "?" + query);
        }
    }

    byte[] atom(ListRequest request, Place place) {
        List<StatementView> entries = statements.wholes(request).items();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM_NS);
            element(xml, "id", TAG + "feeds" + query(place.self()));
            element(xml, "title", place.title());
            element(xml, "updated", updated().toString());
            xml.writeStartElement("author");
            element(xml, "name", "Verbatim");
            xml.writeEndElement();
            link(xml, "self", place.self().toString(), ATOM);
            link(xml, "alternate", place.page(), "text/html");
            element(xml, "generator", "Verbatim");
            for (StatementView s : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", TAG + "statements/" + s.id());
                xml.writeStartElement("title");
                xml.writeAttribute("xml", XML_NS, "lang", s.language());
                xml.writeCharacters(clean(s.title()));
                xml.writeEndElement();
                element(xml, "published", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(s.publishedAt()));
                element(xml, "updated", s.updatedAt().toString());
                xml.writeStartElement("author");
                element(xml, "name", s.issuer().name());
                xml.writeEndElement();
                link(xml, "alternate", url(place, s), "application/json");
                link(xml, "alternate", page(place, s), "text/html");
                if (s.category() != null) {
                    xml.writeEmptyElement("category");
                    xml.writeAttribute("term", clean(s.category()));
                }
                element(xml, "summary", Excerpt.of(s, SUMMARY_LENGTH));
                xml.writeStartElement("content");
                xml.writeAttribute("type", "text");
                xml.writeAttribute("xml", XML_NS, "lang", s.language());
                xml.writeCharacters(clean(content(s)));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write the Atom feed", e);
        }
        return out.toByteArray();
    }

    JsonFeed json(ListRequest request, Place place) {
        List<StatementView> entries = statements.wholes(request).items();
        List<JsonFeed.Item> items = entries.stream().map(s -> new JsonFeed.Item(s.id(), page(place, s), s.title(), content(s),
                Excerpt.of(s, SUMMARY_LENGTH), s.publishedAt(), s.updatedAt(), List.of(new JsonFeed.Author(s.issuer().name())), s.language(),
                s.category() == null ? null : List.of(s.category()))).toList();
        return new JsonFeed(JsonFeed.VERSION, place.title(), place.page(),
                place.self().toString(), "Official statements, newest first, as Verbatim serves them.",
                List.of(new JsonFeed.Author("Verbatim")), items);
    }

    /** When the feed may last have changed: at the last change anywhere, a withdrawal included. */
    private Instant updated() {
        return Objects.requireNonNullElse(changes.head().at(), Instant.EPOCH);
    }

    private static String url(Place place, StatementView s) {
        return place.base().resolve("api/v1/statements/" + s.id()).toString();
    }

    /** The statement's web page: what a feed reader opens for a person. */
    private static String page(Place place, StatementView s) {
        return place.base().resolve("statements/" + s.slug()).toString();
    }

    /** The text, then each pair, as plain text with blank lines between paragraphs. */
    static String content(StatementView s) {
        StringBuilder text = new StringBuilder(s.text());
        for (QaPairView pair : s.qa()) {
            text.append(text.isEmpty() ? "" : "\n\n").append("Q: ").append(pair.question()).append("\n\nA: ").append(pair.answer());
        }
        return text.toString();
    }

    private static String query(URI self) {
        return self.getRawQuery() == null ? "" : "?" + self.getRawQuery();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(clean(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** XML 1.0 cannot carry most control characters, even escaped: they are left out. */
    private static String clean(String text) {
        return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
