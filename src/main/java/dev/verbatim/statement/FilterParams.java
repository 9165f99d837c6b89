package dev.verbatim.statement;

import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.Violation;

import dev.verbatim.statement.LanguageTags;
import dev.verbatim.statement.PublicationRange;
import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters every list, archive, export and feed endpoint takes: dates, language, issuer, search
 * and order. Values arrive as text and are checked here, so that each bad one is named in a 400
 * rather than turned into a 404.
 */
public class FilterParams {

    public static final int MAX_QUERY_LENGTH = 500;
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cc}");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern ISSUER = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    @QueryParam("date")
    @Parameter(description = "Only statements published on this day, in the issuer's local calendar. "
            + "With `from` or `to` as well, every one of them applies: a day outside that range matches nothing.",
            example = "2022-07-18", schema = @Schema(type = SchemaType.STRING, format = "date"))
    protected String date;

    @QueryParam("from")
    @Parameter(description = "Only statements published on or after this local date.",
            example = "2022-01-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    protected String from;

    @QueryParam("to")
    @Parameter(description = "Only statements published on or before this local date.",
            example = "2022-12-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    protected String to;

    @QueryParam("lang")
    @Parameter(description = "Only statements in this language (a BCP 47 tag such as fr or zh-Hant).", example = "fr",
            schema = @Schema(type = SchemaType.STRING, pattern = "^" + LanguageTags.REGEXP + "$", maxLength = LanguageTags.MAX_LENGTH))
    protected String lang;

    @QueryParam("issuer")
    @Parameter(description = "Only statements of this issuer (its id, as listed at /api/v1/issuers).",
            example = "ambassade-de-chine-en-belgique", schema = @Schema(type = SchemaType.STRING, pattern = "^[a-z0-9][a-z0-9-]{0,119}$"))
    protected String issuer;

    @QueryParam("q")
    @Parameter(description = "Full-text search. All words must match, in any case and with or without accents; "
            + "French and English words also match their other forms (cyberattaque, cyberattaques). "
            + "`\"an exact phrase\"`, `-excluded`, `OR` between alternatives, parentheses to group, "
            + "`cyberatt*` for words that start so (three letters or more, as a user types). "
            + "Any other character is taken as part of a plain word.",
            example = "cyberattaques", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_QUERY_LENGTH))
    protected String q;


    public FilterParams() {
    }

    /** The order asked for; these filters alone take none (the archive counts, in no order). */
    protected String sort() {
        return null;
    }

    /** The filters alone, for counts: the archive's request. */
    public ListRequest filters() {
        return checked(errors -> request(errors, false, 1, null, false));
    }

    /** Every matching statement, read in pages of {@code pageSize}: what an export takes. */
    public ListRequest everything(int pageSize) {
        return checked(errors -> request(errors, true, pageSize, null, false));
    }

    /** A {@code limit} from 1 to {@code max}, {@code fallback} when absent; out of range or not a number, it is added to {@code errors}. */
    public static int limit(List<Violation> errors, String value, int max, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.trim());
            if (number >= 1 && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        errors.add(new Violation("limit", "must be a whole number from 1 to " + max));
        return fallback;
    }

    /** The request, or a 400 naming every invalid parameter. */
    protected static ListRequest checked(Function<List<Violation>, ListRequest> parse) {
        List<Violation> errors = new ArrayList<>();
        ListRequest request = parse.apply(errors);
        if (!errors.isEmpty()) {
            throw new InvalidArguments(errors);
        }
        return request;
    }

    /**
     * The filters as a request for pages of {@code size}, in {@code sort} or else in the given
     * default order ({@code byRelevanceWithQuery}: best match first when searching); each invalid
     * parameter is added to {@code errors}.
     */
    protected ListRequest request(List<Violation> errors, boolean byRelevanceWithQuery, int size, Cursor position,
            boolean withFacets) {
        LocalDate day = date(errors, "date", date);
        LocalDate start = date(errors, "from", from);
        LocalDate end = date(errors, "to", to);
        if (start != null && end != null && start.isAfter(end)) {
            errors.add(new Violation("from", "must not be after to (" + end + ")"));
        }
        if (day != null) {
            // Every filter narrows: a day outside from-to leaves an empty range, which matches nothing.
            start = start == null || day.isAfter(start) ? day : start;
            end = end == null || day.isBefore(end) ? day : end;
        }
        if (lang != null && !LanguageTags.isValid(lang)) {
            errors.add(new Violation("lang", LanguageTags.RULE));
        }
        if (issuer != null && !ISSUER.matcher(issuer).matches()) {
            errors.add(new Violation("issuer", "must be an issuer id as listed at /api/v1/issuers"));
        }
        String query = query(errors);
        SortOrder order = query != null && byRelevanceWithQuery ? SortOrder.RELEVANCE : SortOrder.NEWEST;
        String sort = sort();
        if (sort != null) {
            order = SortOrder.fromWire(sort).orElse(null);
            if (order == null) {
                errors.add(new Violation("sort", "must be one of newest, oldest, relevance"));
            } else if (order == SortOrder.RELEVANCE && query == null) {
                errors.add(new Violation("sort", "relevance needs a search: give q, or sort by newest or oldest"));
            }
        }
        if (position != null && order != null && position.sort() != order) {
            errors.add(new Violation("cursor", "belongs to sort=" + position.sort().wireName()));
        }
        return new ListRequest(start, end, lang, issuer, query, order, size, position, withFacets);
    }

    /** The search text with control characters made spaces, or null when there is nothing to search. */
    private String query(List<Violation> errors) {
        if (q == null) {
            return null;
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            errors.add(new Violation("q", "must be at most " + MAX_QUERY_LENGTH + " characters; it has " + q.length()));
            return null;
        }
        String text = INVISIBLE.matcher(CONTROL.matcher(q).replaceAll(" ")).replaceAll("").strip();
        if (text.isEmpty()) {
            errors.add(new Violation("q", "must contain a word to search for; leave q out to list everything"));
            return null;
        }
        return text;
    }

    private static LocalDate date(List<Violation> errors, String name, String value) {
        if (value == null) {
            return null;
        }
        if (!ISO_DATE.matcher(value).matches()) {
            errors.add(new Violation(name, "must be a date as YYYY-MM-DD"));
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (!PublicationRange.Check.contains(day)) {
                errors.add(new Violation(name, PublicationRange.RULE));
                return null;
            }
            return day;
        } catch (DateTimeParseException e) {
            errors.add(new Violation(name, "is not a day of the calendar: " + value));
            return null;
        }
    }
}
