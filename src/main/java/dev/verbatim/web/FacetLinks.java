package dev.verbatim.web;

import dev.verbatim.api.Facets;
import dev.verbatim.statement.ListRequest;
import dev.verbatim.statement.Archive;
import dev.verbatim.statement.IssuerName;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Counts made into links: facets that narrow a search, and the archive's years and months. */
@ApplicationScoped
class FacetLinks {

    private final IssuerDirectory issuers;

    FacetLinks(IssuerDirectory issuers) {
        this.issuers = issuers;
    }

    /** Year, language and issuer counts, each a link to the same search narrowed to it. */
    List<Views.FacetGroup> groups(Facets facets, ListRequest request, PageQuery query) {
        if (facets == null) {
            return List.of();
        }
        List<Views.FacetGroup> groups = new ArrayList<>();
        groups.add(new Views.FacetGroup("Year", facets.year().stream().map(count -> year(count, request, query)).toList()));
        groups.add(new Views.FacetGroup("Language", facets.language().stream()
                .map(count -> new Views.FacetLink(Languages.name(count.value()), count.count(),
                        query.with("lang", count.value()).href("/"), count.value().equals(request.language())))
                .toList()));
        groups.add(new Views.FacetGroup("Issuer", facets.issuer().stream()
                .map(count -> new Views.FacetLink(issuers.find(count.value()).map(IssuerName::name).orElse(count.value()),
                        count.count(), query.with("issuer", count.value()).href("/"), count.value().equals(request.issuer())))
                .toList()));
        return groups.stream().filter(group -> !group.links().isEmpty()).toList();
    }

    /** A year narrows the dates searched to the part of that year they already cover. */
    private static Views.FacetLink year(Facets.Count count, ListRequest request, PageQuery query) {
        int year = Integer.parseInt(count.value());
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        if (request.from() != null && request.from().isAfter(from)) {
            from = request.from();
        }
        if (request.to() != null && request.to().isBefore(to)) {
            to = request.to();
        }
        boolean current = request.from() != null && request.to() != null && request.from().getYear() == year
                && request.to().getYear() == year;
        String href = query.with("date", null).with("from", from.toString()).with("to", to.toString()).href("/");
        if (query.has("date")) {
            href = query.href("/");
        }
        return new Views.FacetLink(count.value(), count.count(), href, current);
    }

    /** The languages to choose from: those the results have, and the one chosen. */
    List<Views.Option> languageOptions(Facets facets, String chosen) {
        List<Views.Option> options = new ArrayList<>();
        if (facets != null) {
            facets.language().forEach(count -> options.add(new Views.Option(count.value(), Languages.name(count.value()),
                    count.value().equals(chosen))));
        }
        if (chosen != null && options.stream().noneMatch(Views.Option::selected)) {
            options.add(new Views.Option(chosen, Languages.name(chosen), true));
        }
        return options;
    }

    /**
     * The archive's years, each with its months as links: to the month's page, or for one issuer
     * (when {@code issuer} is not null) to the search of its statements of that month.
     */
    List<Views.Year> years(Archive archive, String issuer) {
        return archive.years().stream().map(year -> new Views.Year(year.year(), year.count(), year.months().stream()
                .map(month -> new Views.MonthLink(LocalTimes.month(year.year(), month.month()), monthHref(year.year(), month.month(), issuer),
                        month.count()))
                .toList())).toList();
    }

    private static String monthHref(int year, int month, String issuer) {
        if (issuer == null) {
            return LocalTimes.monthPath(year, month);
        }
        LocalDate first = LocalDate.of(year, month, 1);
        return PageQuery.of(java.util.Map.of()).with("issuer", issuer).with("from", first.toString())
                .with("to", first.plusMonths(1).minusDays(1).toString()).href("/");
    }
}
