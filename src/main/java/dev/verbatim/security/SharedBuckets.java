package dev.verbatim.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The rate-limit buckets every instance on one PostgreSQL shares (Bucket4j's PostgreSQL backend,
 * table {@code rate_limit_bucket}): each call is a database transaction, so callers make it off the
 * event loop and as seldom as {@link RateLimiter} can. On the embedded database there is one
 * instance, and none of this is used.
 */
@ApplicationScoped
class SharedBuckets {

    /** A row is kept this long after its bucket is full again, then deleted. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofMinutes(1);
    private static final int REMOVED_AT_ONCE = 1000;

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> store;
    private final Cache<String, BucketProxy> proxies = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    SharedBuckets(AgroalDataSource dataSource, @ConfigProperty(name = "quarkus.datasource.db-kind") String databaseKind) {
        this.store = databaseKind.startsWith("postgres")
                ? Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                        .primaryKeyMapper(PrimaryKeyMapper.STRING)
                        .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                        .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(KEPT_WHEN_FULL))
                        .build()
                : null;
    }

    /** Whether buckets are shared at all: only on PostgreSQL. */
    boolean enabled() {
        return store != null;
    }

    /** Takes one token of the client's shared bucket, if it has one left. */
    ConsumptionProbe tryConsume(String client, BucketConfiguration limit) {
        return proxy(client, limit).tryConsumeAndReturnRemaining(1);
    }

    /**
     * Counts what this instance let through on its own, limit or not, and answers what the shared
     * bucket has left once every instance's share is counted: negative when together they let
     * through more than the limit, a debt the bucket refills before it allows anything again.
     */
    long report(String client, BucketConfiguration limit, long tokens) {
        return proxy(client, limit).asVerbose().consumeIgnoringRateLimits(tokens).getDiagnostics().getAvailableTokens();
    }

    /** Deletes the rows of buckets that have been full for a while: such a client is as new. */
    int removeExpired() {
        return Optional.ofNullable(store).map(s -> s.removeExpired(REMOVED_AT_ONCE)).orElse(0);
    }

    private BucketProxy proxy(String client, BucketConfiguration limit) {
        return proxies.get(client, any -> store.builder().build(client, () -> limit));
    }
}
