package dev.verbatim.web;

import dev.verbatim.api.Problem;
import java.util.List;

/** What each page shows, ready to be written out: the templates only place these values. */
final class Views {

    private Views() {
    }

    /** One statement in a list. {@code highlights} are HTML-escaped snippets with matches in mark elements. */
    record Item(String href, String title, String language, String languageName, String issuerName, String issuerHref,
            String speaker, String when, String datetime, int qaCount, List<String> highlights) {
    }

    /** One choice of a select. */
    record Option(String value, String label, boolean selected) {
    }

    /** One value of a facet: a link that narrows the search to it. */
    record FacetLink(String label, long count, String href, boolean current) {
    }

    record FacetGroup(String name, List<FacetLink> links) {
    }

    /** The search form as the reader left it; {@code chosen} tells its filters in words, empty when none. */
    record Form(String q, String date, String from, String to, List<Option> languages, List<Option> issuers, String chosen) {
    }

    /** Links through a list: the next page by cursor, and back to the first; either may be null. */
    record Paging(String next, String first) {
    }

    record Search(Form form, String heading, boolean searching, List<Item> items, List<FacetGroup> facets, Paging paging) {
    }

    /** A link to a neighbouring day, month or year, with its label; null where there is none. */
    record Link(String href, String label) {
    }

    record Day(String title, String isoDate, List<Item> items, long total, Link previous, Link following, Link month,
            Paging paging) {
    }

    record MonthLink(String label, String href, long count) {
    }

    record Year(int year, long count, List<MonthLink> months) {
    }

    record Archive(long total, List<Year> years) {
    }

    record Month(String title, long total, List<MonthLink> days) {
    }

    record IssuerEntry(String name, String href, String zone, long count) {
    }

    record Issuers(List<IssuerEntry> issuers) {
    }

    record Issuer(String name, String id, String zone, long count, MonthChart chart, List<Item> items, Paging paging,
            List<Year> archive, String feed) {
    }

    /** One Q&A pair with its anchor, its citation and its permalink. */
    record Pair(int n, String anchor, List<String> question, List<String> answer, String askedBy, String answeredBy,
            String citation, String permalink) {
    }

    record Translation(String href, String language, String name) {
    }

    record Statement(String title, String language, String languageName, String category, String issuerName, String issuerHref,
            String speaker, String when, String datetime, String zone, String dayHref, List<String> text, List<Pair> pairs,
            List<Translation> translations, String sourceUrl, String rawHref, String apiHref, String citation, String permalink,
            String description, String jsonLd, String ogLocale) {
    }

    record Error(int status, String title, String detail, List<Problem.FieldError> errors) {
    }
}
