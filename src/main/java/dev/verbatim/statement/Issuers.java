package dev.verbatim.statement;

import dev.verbatim.domain.InvalidContent;
import dev.verbatim.domain.Violation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Who issues statements, and in which zone they date them: an issuer's id comes from its name,
 * and it is entered, with the zone of its first statement, when a statement first names it.
 */
@ApplicationScoped
public class Issuers {

    private final IssuerRepository issuers;

    Issuers(IssuerRepository issuers) {
        this.issuers = issuers;
    }

    /** A readable id from a Latin name; a name in another script gets a stable digest instead. */
    public static String idOf(String name) {
        String slug = Slugs.of(name);
        return slug.isEmpty() ? "issuer-" + ContentHash.of(name.strip().getBytes(StandardCharsets.UTF_8)).substring(0, 12) : slug;
    }

    /** The zone of the issuer of this name, when it is known. */
    @Transactional
    public Optional<ZoneId> zoneOf(String name) {
        return known(idOf(name)).map(issuer -> ZoneId.of(issuer.timeZone));
    }

    /**
     * The zone a statement is dated in: the one given; else its issuer's; else the IANA zone of the
     * offset it was given at, where there is one (UTC, Etc/GMT+5); else it must be given.
     */
    ZoneId zoneFor(StatementInput input) {
        if (input.timeZone() != null) {
            return ZoneId.of(input.timeZone());
        }
        Optional<Issuer> known = known(idOf(input.issuer())).filter(issuer -> IanaZone.Check.isIana(issuer.timeZone));
        if (known.isPresent()) {
            return ZoneId.of(known.get().timeZone);
        }
        ZoneOffset offset = input.publishedAt().getOffset();
        return IanaZone.Check.ofOffset(offset).orElseThrow(() -> new InvalidContent("The statement is not valid.",
                List.of(new Violation("timeZone", "is needed: the offset " + offset
                        + " of publishedAt is no IANA zone, and the issuer has none yet; give one such as Asia/Kolkata"))));
    }

    /** The issuer a statement names; entered, with this zone, when {@code enter} and it is new. */
    Issuer issuerFor(StatementInput.IssuerInput given, ZoneId zone, boolean enter) {
        String id = idOf(given);
        Issuer issuer = issuers.findById(id);
        if (issuer == null) {
            issuer = new Issuer(id, given.name().strip(), zone);
            if (enter) {
                issuers.persist(issuer);
            }
        }
        return issuer;
    }

    private static String idOf(StatementInput.IssuerInput given) {
        return given.id() != null ? given.id() : idOf(given.name());
    }

    private Optional<Issuer> known(String id) {
        return Optional.ofNullable(issuers.findById(id));
    }
}
