package dev.verbatim.web;

import dev.verbatim.api.HttpConfig;
import dev.verbatim.domain.DataChanged;
import dev.verbatim.statement.IssuerName;
import dev.verbatim.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issuers' names and zones, kept for the pages: every list shows each issuer's name and the
 * abbreviation of its zone, and the search form offers them all. Read again after a write here,
 * and at most {@code verbatim.http.cache.ttl} after one made through another instance. Without
 * their counts, which only the issuers' pages show: counting reads every statement (about a
 * second at a million), and every page after a write would have waited for it.
 */
@ApplicationScoped
class IssuerDirectory {

    private final StatementService statements;
    private final long freshNanos;
    private volatile Known known;

    IssuerDirectory(StatementService statements, HttpConfig config) {
        this.statements = statements;
        this.freshNanos = config.cache().ttl().toNanos();
    }

    private record Known(Map<String, IssuerName> byId, long readAt) {
    }

    /** Every issuer, by name. */
    List<IssuerName> all() {
        return List.copyOf(current().byId().values());
    }

    Optional<IssuerName> find(String id) {
        return Optional.ofNullable(current().byId().get(id));
    }

    /** The zone an issuer dates its statements in, or null when it is not known. */
    ZoneId zoneOf(String issuerId) {
        return find(issuerId).map(issuer -> ZoneId.of(issuer.timeZone())).orElse(null);
    }

    private Known current() {
        Known now = known;
        if (now == null || System.nanoTime() - now.readAt() > freshNanos) {
            now = read();
            known = now;
        }
        return now;
    }

    private Known read() {
        Map<String, IssuerName> byId = new LinkedHashMap<>();
        statements.issuerNames().forEach(issuer -> byId.put(issuer.id(), issuer));
        return new Known(byId, System.nanoTime());
    }

    void onChange(@Observes DataChanged change) {
        known = null;
    }
}
