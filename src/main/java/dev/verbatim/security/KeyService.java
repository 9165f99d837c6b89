package dev.verbatim.security;

import dev.verbatim.api.JsonBodies;
import dev.verbatim.domain.NotFound;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Creating, listing and revoking API keys. A secret is 256 random bits, shown once; only its digest is kept. */
@ApplicationScoped
public class KeyService {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JsonBodies bodies;
    private final Event<KeysChanged> changed;

    KeyService(JsonBodies bodies, Event<KeysChanged> changed) {
        this.bodies = bodies;
        this.changed = changed;
    }

    @Transactional
    public KeyView create(byte[] body) {
        KeyInput input = bodies.read(body, KeyInput.class, "key");
        bodies.validate(input, "key");
        byte[] bits = new byte[32];
        RANDOM.nextBytes(bits);
        String secret = "vbk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bits);
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        key.name = input.name().strip();
        key.role = Role.valueOf(input.role().toUpperCase(Locale.ROOT));
        key.secretHash = HexFormat.of().formatHex(ApiKeys.digest(secret));
        key.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        key.persist();
        return KeyView.of(key, secret);
    }

    @Transactional
    public List<KeyView> list() {
        return ApiKey.<ApiKey>find("order by createdAt, id").list().stream().map(key -> KeyView.of(key, null)).toList();
    }

    /** Revokes a key: it is refused from now on. Revoking it again changes nothing. */
    @Transactional
    public void revoke(String id) {
        ApiKey key = (id.matches("[0-9a-f-]{1,36}") ? ApiKey.<ApiKey>findByIdOptional(id) : java.util.Optional.<ApiKey>empty())
                .orElseThrow(() -> new NotFound("No key has the id '" + id + "'."));
        if (key.revokedAt == null) {
            key.revokedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            changed.fire(new KeysChanged());
        }
    }
}
