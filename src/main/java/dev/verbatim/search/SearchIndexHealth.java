package dev.verbatim.search;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness of the search index: open, with how many documents and what it is doing. */
@Readiness
@ApplicationScoped
public class SearchIndexHealth implements HealthCheck {

    private final IndexSync sync;

    public SearchIndexHealth(IndexSync sync) {
        this.sync = sync;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            IndexStatus status = sync.status();
            return HealthCheckResponse.named("search-index").up()
                    .withData("documents", status.documents())
                    .withData("state", status.state())
                    .build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("search-index").down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}
