package dev.verbatim.web;

import dev.verbatim.domain.DataChanged;
import dev.verbatim.api.HttpConfig;
import dev.verbatim.api.Page;
import dev.verbatim.statement.IssuerView;
import dev.verbatim.statement.StatementService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The issuers as StatementService lists them, kept for the pages: every list shows each issuer's
 * name and the abbreviation of its zone, and the search form offers them all. Read again after a
 * write here, and at most {@code verbatim.http.cache.ttl} after one made through another instance.
 */
@ApplicationScoped
class IssuerDirectory {

    private static final int PAGE = 1000;

    private final StatementService statements;
    private final long freshNanos;
    private volatile Known known;

    IssuerDirectory(StatementService statements, HttpConfig config) {
        this.statements = statements;
        this.freshNanos = config.cache().ttl().toNanos();
    }

    private record Known(Map<String, IssuerView> byId, long readAt) {
    }

    /** Every issuer, by name. */
    List<IssuerView> all() {
        return List.copyOf(current().byId().values());
    }

    Optional<IssuerView> find(String id) {
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
        List<IssuerView> all = new ArrayList<>();
        String cursor = null;
        do {
            Page<IssuerView> page = statements.issuers(PAGE, cursor);
            all.addAll(page.items());
            cursor = page.next();
        } while (cursor != null);
        Map<String, IssuerView> byId = new LinkedHashMap<>();
        all.forEach(issuer -> byId.put(issuer.id(), issuer));
        return new Known(byId, System.nanoTime());
    }

    void onChange(@Observes DataChanged change) {
        known = null;
    }
}
