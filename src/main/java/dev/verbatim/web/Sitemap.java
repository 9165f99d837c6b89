package dev.verbatim.web;

import dev.verbatim.statement.Cursor;
import dev.verbatim.statement.ListParams;
import dev.verbatim.statement.ListRequest;
import dev.verbatim.api.Page;
import dev.verbatim.domain.NotFound;
import dev.verbatim.statement.SortOrder;
import dev.verbatim.statement.Archive;
import dev.verbatim.statement.PublicationRange;
import dev.verbatim.statement.StatementService;
import dev.verbatim.statement.StatementSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Sitemaps (sitemaps.org 0.9) for search engines: an index of one sitemap a year, each listing
 * that year's statement pages, so that no file comes near the 50,000 addresses a sitemap may hold.
 */
@ApplicationScoped
class Sitemap {

    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    /** The most addresses one sitemap may list. */
    static final int MOST = 50_000;

    private final StatementService statements;

    Sitemap(StatementService statements) {
        this.statements = statements;
    }

    /** The index: the site's own pages' sitemap, and one sitemap per year that has statements. */
    byte[] index(String base) {
        Archive archive = statements.archive(new ListRequest(null, null, null, null, null, SortOrder.NEWEST, 1, null, false));
        List<String> maps = new ArrayList<>();
        archive.years().forEach(year -> maps.add(base + "sitemap/" + year.year() + ".xml"));
        return write("sitemapindex", "sitemap", maps);
    }

    /** The statement pages of one year, oldest first. */
    byte[] year(int year, String base) {
        if (year < PublicationRange.FIRST_DAY.getYear() || year > PublicationRange.LAST_DAY.getYear()) {
            throw new NotFound("No statement is kept for the year " + year + ".");
        }
        List<String> pages = new ArrayList<>();
        ListRequest request = new ListRequest(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, SortOrder.OLDEST,
                ListParams.MAX_LIMIT, null, false);
        while (request != null && pages.size() < MOST) {
            Page<StatementSummary> page = statements.list(request);
            page.items().forEach(s -> pages.add(base + "statements/" + s.slug()));
            request = page.next() == null ? null : request.at(Cursor.decode(page.next()));
        }
        return write("urlset", "url", pages.size() > MOST ? pages.subList(0, MOST) : pages);
    }

    private static byte[] write(String root, String entry, List<String> locations) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement(root);
            xml.writeDefaultNamespace(NS);
            for (String location : locations) {
                xml.writeStartElement(entry);
                xml.writeStartElement("loc");
                xml.writeCharacters(location);
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Cannot write a sitemap", e);
        }
        return out.toByteArray();
    }
}
