package dev.verbatim.web;

import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.NotFound;
import dev.verbatim.statement.Cursor;
import dev.verbatim.api.Facets;
import dev.verbatim.statement.ListRequest;
import dev.verbatim.api.Page;
import dev.verbatim.statement.SortOrder;
import dev.verbatim.statement.Archive;
import dev.verbatim.statement.IssuerName;
import dev.verbatim.statement.StatementService;
import dev.verbatim.statement.StatementSummary;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The pages that list statements: the search, a day, a month, the archive, the issuers and one issuer. */
@ApplicationScoped
class ListPages {

    static final int PAGE_SIZE = 20;
    /** A day's statements fit one page but on the busiest days. */
    static final int DAY_SIZE = 100;

    private final StatementService statements;
    private final IssuerDirectory issuers;
    private final FacetLinks facets;

    ListPages(StatementService statements, IssuerDirectory issuers, FacetLinks facets) {
        this.statements = statements;
        this.issuers = issuers;
        this.facets = facets;
    }

    Views.Search search(ListRequest asked, PageQuery query) {
        ListRequest request = new ListRequest(asked.from(), asked.to(), asked.language(), asked.issuer(), asked.q(), asked.sort(),
                asked.limit(), asked.cursor(), true);
        Page<StatementSummary> page = statements.list(request);
        boolean searching = request.q() != null || request.from() != null || request.to() != null || request.language() != null
                || request.issuer() != null;
        String heading = searching ? page.total() + (page.total() == 1 ? " statement matches" : " statements match")
                : "Newest statements";
        Facets counts = page.facets();
        List<Views.Option> languages = facets.languageOptions(counts, request.language());
        List<Views.Option> issuerChoices = issuerOptions(request.issuer());
        Views.Form form = new Views.Form(query.get("q"), query.get("date"), query.get("from"), query.get("to"), languages,
                issuerChoices, chosen(request, languages, issuerChoices));
        return new Views.Search(form, heading, searching, items(page), facets.groups(counts, request, query),
                paging(page, query, "/"));
    }

    Views.Day day(LocalDate day, String cursor) {
        Page<StatementSummary> page = statements.list(between(day, day, SortOrder.OLDEST, DAY_SIZE, cursor(cursor, SortOrder.OLDEST)));
        Views.Link previous = neighbour(statements.nearestDay(day, false), "Previous day");
        Views.Link following = neighbour(statements.nearestDay(day, true), "Next day");
        PageQuery query = cursor == null ? PageQuery.of(java.util.Map.of()) : PageQuery.of(java.util.Map.of("cursor", List.of(cursor)));
        return new Views.Day(LocalTimes.weekday(day), day.toString(), items(page), page.total(), previous, following,
                new Views.Link(LocalTimes.monthPath(day.getYear(), day.getMonthValue()), LocalTimes.month(day.getYear(), day.getMonthValue())),
                paging(page, query, LocalTimes.dayPath(day)));
    }

    Views.Month month(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        Archive archive = statements.archive(between(first, first.plusMonths(1).minusDays(1), SortOrder.NEWEST, 1, null));
        List<Views.MonthLink> days = new ArrayList<>();
        archive.years().forEach(y -> y.months().forEach(m -> m.days().forEach(d -> days.add(0,
                new Views.MonthLink(LocalTimes.weekday(d.date()), LocalTimes.dayPath(d.date()), d.count())))));
        return new Views.Month(LocalTimes.month(year, month), archive.total(), days);
    }

    Views.Archive archive() {
        Archive archive = statements.archive(between(null, null, SortOrder.NEWEST, 1, null));
        return new Views.Archive(archive.total(), facets.years(archive, null));
    }

    Views.Issuers issuers() {
        return new Views.Issuers(statements.issuersWithCounts().stream()
                .map(i -> new Views.IssuerEntry(i.name(), "/issuers/" + i.id(), i.timeZone(), i.statementCount())).toList());
    }

    Views.Issuer issuer(String id, String cursor) {
        IssuerName issuer = issuers.find(id).orElseThrow(() -> new NotFound("No issuer has the id '" + id + "'."));
        ListRequest all = new ListRequest(null, null, null, id, null, SortOrder.NEWEST, PAGE_SIZE, cursor(cursor, SortOrder.NEWEST), false);
        Page<StatementSummary> page = statements.list(all);
        Archive archive = statements.archive(all.unpaged());
        PageQuery query = PageQuery.of(cursor == null ? java.util.Map.of() : java.util.Map.of("cursor", List.of(cursor)));
        return new Views.Issuer(issuer.name(), issuer.id(), issuer.timeZone(), archive.total(), MonthChart.of(archive),
                items(page), paging(page, query, "/issuers/" + id), facets.years(archive, id), "/api/v1/feeds/atom?issuer=" + id);
    }

    private List<Views.Item> items(Page<StatementSummary> page) {
        return page.items().stream().map(s -> new Views.Item("/statements/" + s.slug(), s.title(), s.language(),
                Languages.name(s.language()), s.issuer().name(), "/issuers/" + s.issuer().id(), Citations.speaker(s.speaker()),
                LocalTimes.dateTime(s.publishedAt(), issuers.zoneOf(s.issuer().id())), s.publishedAt().toString(), s.qaCount(),
                s.highlights() == null ? List.of() : s.highlights())).toList();
    }

    /** The filters of a request in words: "6 March 2021 · French (français)". */
    private static String chosen(ListRequest request, List<Views.Option> languages, List<Views.Option> issuerChoices) {
        List<String> words = new ArrayList<>();
        if (request.from() != null && request.from().equals(request.to())) {
            words.add(LocalTimes.day(request.from()));
        } else if (request.from() != null || request.to() != null) {
            words.add((request.from() == null ? "…" : LocalTimes.day(request.from())) + " to "
                    + (request.to() == null ? "…" : LocalTimes.day(request.to())));
        }
        languages.stream().filter(Views.Option::selected).forEach(option -> words.add(option.label()));
        issuerChoices.stream().filter(Views.Option::selected).forEach(option -> words.add(option.label()));
        return String.join(" · ", words);
    }

    private List<Views.Option> issuerOptions(String chosen) {
        return issuers.all().stream().map(i -> new Views.Option(i.id(), i.name(), i.id().equals(chosen))).toList();
    }

    /** A neighbouring day as a link, or null when there is none. */
    private static Views.Link neighbour(Optional<LocalDate> day, String label) {
        return day.map(d -> new Views.Link(LocalTimes.dayPath(d), label + ": " + LocalTimes.day(d))).orElse(null);
    }

    private static Views.Paging paging(Page<StatementSummary> page, PageQuery query, String path) {
        return new Views.Paging(page.next() == null ? null : query.with("cursor", page.next()).href(path),
                query.has("cursor") ? query.with("cursor", null).href(path) : null);
    }

    private static ListRequest between(LocalDate from, LocalDate to, SortOrder sort, int size, Cursor cursor) {
        return new ListRequest(from, to, null, null, null, sort, size, cursor, false);
    }

    /** A cursor a page link carried, which must belong to the page's order (400 otherwise, as in the API). */
    private static Cursor cursor(String token, SortOrder sort) {
        if (token == null) {
            return null;
        }
        Cursor cursor = Cursor.decode(token);
        if (cursor.sort() != sort) {
            throw new InvalidArguments("cursor", "belongs to another list; follow the page's own links");
        }
        return cursor;
    }
}
