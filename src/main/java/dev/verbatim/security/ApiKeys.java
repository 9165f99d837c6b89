package dev.verbatim.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;

/** Tells which role a presented key holds. Keys are compared by digest; secrets are never stored or logged. */
@ApplicationScoped
public class ApiKeys {

    /** The id the key of VERBATIM_ADMIN_KEY counts as: stored keys' ids are hexadecimal, so it is never one of them. */
    static final String ADMIN_KEY_ID = "admin";

    private final byte[] adminKeyDigest;

    public ApiKeys(SecurityConfig config) {
        this.adminKeyDigest = config.key().filter(key -> !key.isBlank()).map(ApiKeys::digest).orElse(null);
    }

    /** Who a key proves the caller to be, if it is the configured admin key or a stored key not revoked. */
    @Transactional
    public Optional<Caller> identify(String presented) {
        byte[] digest = digest(presented);
        if (adminKeyDigest != null && MessageDigest.isEqual(adminKeyDigest, digest)) {
            return Optional.of(new Caller(ADMIN_KEY_ID, Role.ADMIN));
        }
        return ApiKey.<ApiKey>find("secretHash = ?1 and revokedAt is null", HexFormat.of().formatHex(digest))
                .firstResultOptional()
                .map(key -> new Caller(key.id, key.role));
    }

    /**
     * What changes whenever a key is created or revoked, on any instance: keys are never deleted,
     * nor revoked twice, so counting them is enough.
     */
    @Transactional
    public KeyCount count() {
        // One query, twice a second on every instance: both counts in a single scan.
        Object[] counts = ApiKey.getEntityManager()
                .createQuery("select count(k), count(k.revokedAt) from ApiKey k", Object[].class)
                .getSingleResult();
        return new KeyCount((Long) counts[0], (Long) counts[1]);
    }

    /** How many keys were ever created, and how many of them are revoked. */
    public record KeyCount(long created, long revoked) {
    }

    static byte[] digest(String secret) {
        return ContentHash.sha256(secret.getBytes(StandardCharsets.UTF_8));
    }

}
