package dev.verbatim.ingest;

import dev.verbatim.domain.InvalidArguments;
import dev.verbatim.domain.InvalidContent;
import dev.verbatim.domain.Violation;
import dev.verbatim.statement.IanaZone;
import dev.verbatim.statement.Issuers;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who issued a parsed page and when, in which zone, by this order: the offset the page gives, the
 * timeZone parameter, the issuer's configured zone (or the zone it already has), the zone of the
 * place the issuer's name puts it in (the country or city after "in", "en", "驻"...), else UTC.
 * Refuses, naming each, a page without title, date or text that the parameters do not make up for.
 */
@ApplicationScoped
class PageDating {

    static final String UNKNOWN_ISSUER = "Unknown issuer";

    private final ImportConfig config;
    private final Issuers issuers;

    PageDating(ImportConfig config, Issuers issuers) {
        this.config = config;
        this.issuers = issuers;
    }

    /** When a page was published, and in which zone, with where that zone came from and why. */
    record Dated(OffsetDateTime at, ZoneId zone, ImportOutcome.ZoneSource source, String rule) {

        ImportDiagnostics.Zone diagnostics() {
            return new ImportDiagnostics.Zone(zone.getId(), source.wireName(), rule);
        }
    }

    Dated date(ParsedPage page, ImportOptions options) {
        LocalDateTime local = null;
        ZoneOffset offset = null;
        if (page.date() != null) {
            FoundDate found = page.date();
            local = found.date().atTime(found.hasTime() ? found.time() : LocalTime.MIDNIGHT);
            offset = found.offset();
        } else if (options.publishedAt() != null) {
            OffsetDateTime given = parsePublishedAt(options.publishedAt());
            local = given == null ? publishedAtLocal(options.publishedAt()) : given.toLocalDateTime();
            offset = given == null ? null : given.getOffset();
        }
        refuseIncomplete(page, options, local != null);
        Dated zoned = zone(offset, options, page);
        OffsetDateTime at = offset != null ? local.atOffset(offset) : local.atZone(zoned.zone()).toOffsetDateTime();
        return new Dated(at, zoned.zone(), zoned.source(), zoned.rule());
    }

    /** The issuer's name: the parameter, else the one the title gives, else the source's host. */
    String issuerName(ParsedPage page, ImportOptions options) {
        if (!blank(options.issuer())) {
            return options.issuer().strip();
        }
        if (page.speaker() != null && page.speaker().issuer() != null) {
            return page.speaker().issuer();
        }
        if (!blank(options.sourceUrl())) {
            try {
                String host = URI.create(options.sourceUrl()).getHost();
                if (host != null) {
                    return host.startsWith("www.") ? host.substring(4) : host;
                }
            } catch (IllegalArgumentException e) {
                // not an address: no issuer from it
            }
        }
        return UNKNOWN_ISSUER;
    }

    private static void refuseIncomplete(ParsedPage page, ImportOptions options, boolean dated) {
        List<Violation> missing = new ArrayList<>();
        if (page.title() == null && blank(options.title())) {
            missing.add(new Violation("title", "the page carries no recognisable title; give it as the title parameter"));
        }
        if (!dated) {
            missing.add(new Violation("publishedAt",
                    "the page carries no recognisable date; give it as the publishedAt parameter (2022-07-18T23:14)"));
        }
        if (page.listedLinks() > 0 && !missing.isEmpty()) {
            missing.add(new Violation("body", "the page is a list of " + page.listedLinks() + " links to other pages, not a statement"));
        } else if (page.paragraphs().isEmpty() && page.qa().isEmpty()) {
            missing.add(new Violation("body", "the page holds no statement text"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidContent("The page cannot be made into a statement: "
                    + String.join(", ", missing.stream().map(Violation::field).toList()) + " missing.", missing);
        }
    }

    private Dated zone(ZoneOffset offset, ImportOptions options, ParsedPage page) {
        if (offset != null) {
            // The offset dates the page; its zone is the one given, the issuer's, or the offset's own IANA zone.
            ZoneId zone = options.timeZone() != null ? zoneNamed(options.timeZone())
                    : issuerZone(issuerName(page, options)).orElseGet(() -> IanaZone.Check.ofOffset(offset).orElse(offset));
            return new Dated(null, zone, ImportOutcome.ZoneSource.PAGE, "the page gives the offset " + offset);
        }
        if (options.timeZone() != null) {
            return new Dated(null, zoneNamed(options.timeZone()), ImportOutcome.ZoneSource.PARAMETER, "the timeZone parameter");
        }
        String issuer = issuerName(page, options);
        Optional<ZoneId> issuerZone = issuerZone(issuer);
        if (issuerZone.isPresent()) {
            return new Dated(null, issuerZone.get(), ImportOutcome.ZoneSource.ISSUER, "the zone of the issuer '" + issuer + "'");
        }
        Optional<IssuerLocation.Place> place = IssuerLocation.of(issuer);
        String from = issuer;
        if (place.isEmpty() && options.issuer() == null && (page.speaker() == null || page.speaker().issuer() == null)) {
            place = IssuerLocation.ofTitle(page.title());
            from = page.title();
        }
        if (place.isPresent()) {
            return new Dated(null, place.get().zone(), ImportOutcome.ZoneSource.ISSUER_LOCATION,
                    "the zone of " + place.get().name() + " (" + place.get().region() + "), named in '" + from + "'");
        }
        return new Dated(null, ZoneId.of("UTC"), ImportOutcome.ZoneSource.DEFAULT, "no zone given, known or named: UTC");
    }

    private Optional<ZoneId> issuerZone(String issuer) {
        if (issuer.equals(UNKNOWN_ISSUER)) {
            // Pages of unknown origin share this name; none of them may date the others.
            return Optional.empty();
        }
        String configured = config.issuerZones().get(issuer);
        if (configured != null) {
            return Optional.of(ZoneId.of(configured));
        }
        return issuers.zoneOf(issuer);
    }

    private static ZoneId zoneNamed(String name) {
        if (!IanaZone.Check.isIana(name)) {
            throw new InvalidArguments("timeZone", IanaZone.RULE);
        }
        return ZoneId.of(name);
    }

    private static OffsetDateTime parsePublishedAt(String value) {
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDateTime publishedAtLocal(String value) {
        try {
            return LocalDateTime.parse(value);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(value).atStartOfDay();
            } catch (DateTimeParseException notADate) {
                throw new InvalidArguments("publishedAt",
                        "must be a date-time such as 2022-07-18T23:14, 2022-07-18T23:14:00+02:00 or a date 2022-07-18");
            }
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
