package dev.verbatim.web;

import dev.verbatim.api.Searching;
import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.statement.ListParams;
import dev.verbatim.statement.PublicationRange;
import dev.verbatim.statement.StatementView;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * The journalists' pages, server-rendered HTML on the API's port: search, a day, a month, the
 * archive, the issuers, one statement, and the sitemaps. Bodies are bytes, so that the API's caching gives them
 * an ETag, answers 304 and keeps them as it keeps every read.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class PageResource {

    static final String HTML = "text/html;charset=UTF-8";
    static final String SITEMAP = "application/xml";

    private final ListPages lists;
    private final StatementPages statements;
    private final Sitemap sitemap;

    PageResource(ListPages lists, StatementPages statements, Sitemap sitemap) {
        this.lists = lists;
        this.statements = statements;
        this.sitemap = sitemap;
    }

    @GET
    @Searching
    public Response search(@BeanParam ListParams params, @Context UriInfo uri) {
        var parameters = uri.getQueryParameters();
        if (PageQuery.hasBlank(parameters)) {
            // A form sends its blank fields too: the shared URL keeps only what was asked.
            return Response.status(Response.Status.FOUND).location(URI.create(PageQuery.of(parameters).href("/"))).build();
        }
        return html(Templates.search(lists.search(params.parse(), PageQuery.of(parameters))));
    }

    @GET
    @Path("{year:[0-9][0-9][0-9][0-9]}/{month:[0-9][0-9]}/{day:[0-9][0-9]}")
    public Response day(@PathParam("year") int year, @PathParam("month") int month, @PathParam("day") int day,
            @QueryParam("cursor") String cursor) {
        return html(Templates.day(lists.day(date(year, month, day), blankless(cursor))));
    }

    @GET
    @Path("{year:[0-9][0-9][0-9][0-9]}/{month:[0-9][0-9]}")
    public Response month(@PathParam("year") int year, @PathParam("month") int month) {
        LocalDate first = date(year, month, 1);
        return html(Templates.month(lists.month(first.getYear(), first.getMonthValue())));
    }

    @GET
    @Path("archive")
    public Response archive() {
        return html(Templates.archive(lists.archive()));
    }

    @GET
    @Path("issuers")
    public Response issuers() {
        return html(Templates.issuers(lists.issuers()));
    }

    @GET
    @Path("issuers/{id}")
    public Response issuer(@PathParam("id") String id, @QueryParam("cursor") String cursor) {
        return html(Templates.issuer(lists.issuer(id, blankless(cursor))));
    }

    @GET
    @Path("statements/{slug}")
    public Response statement(@PathParam("slug") String slug, @Context UriInfo uri) {
        StatementView statement = statements.find(slug);
        if (!statement.slug().equals(slug)) {
            // Asked by id: the permalink is the slug's.
            return Response.status(Response.Status.MOVED_PERMANENTLY).location(URI.create("/statements/" + statement.slug())).build();
        }
        return html(Templates.statement(statements.page(statement, uri.getBaseUri().toString())));
    }

    @GET
    @Path("sitemap.xml")
    @Produces(SITEMAP)
    public byte[] sitemap(@Context UriInfo uri) {
        return sitemap.index(uri.getBaseUri().toString());
    }

    @GET
    @Path("sitemap/{year:[0-9][0-9][0-9][0-9]}.xml")
    @Produces(SITEMAP)
    public byte[] sitemap(@PathParam("year") int year, @Context UriInfo uri) {
        return sitemap.year(year, uri.getBaseUri().toString());
    }

    static Response html(TemplateInstance page) {
        return Response.ok(page.render().getBytes(StandardCharsets.UTF_8), HTML).build();
    }

    /** A day of the calendar within the years kept, or a 400 that says why not. */
    private static LocalDate date(int year, int month, int day) {
        String asked = String.format("%04d-%02d-%02d", year, month, day);
        try {
            LocalDate date = LocalDate.of(year, month, day);
            if (!PublicationRange.Check.contains(date)) {
                throw new InvalidArguments("date", PublicationRange.RULE + ": " + asked);
            }
            return date;
        } catch (DateTimeException e) {
            throw new InvalidArguments("date", "is not a day of the calendar: " + asked);
        }
    }

    private static String blankless(String value) {
        return value == null || value.isEmpty() ? null : value;
    }
}
