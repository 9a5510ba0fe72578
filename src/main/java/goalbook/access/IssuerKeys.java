package goalbook.access;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.util.JSONObjectUtils;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The issuer's signing keys by {@code kid}, found through its discovery document and cached. A token
 * with an unknown {@code kid} triggers a refresh (the issuer rotated its keys), but at most once a
 * minute, so a flood of forged kids cannot hammer the issuer. When the issuer is unreachable the
 * cached keys keep serving; only when none is cached is the issuer "unavailable".
 */
final class IssuerKeys {
    private static final Logger LOG = LoggerFactory.getLogger(IssuerKeys.class);
    static final Duration REFRESH_GAP = Duration.ofMinutes(1);
    /** Keys this old are refreshed when next used (still served if the refresh fails). */
    static final Duration MAX_AGE = Duration.ofHours(24);
    private static final Duration TIMEOUT = Duration.ofSeconds(5);

    private final OidcSettings settings;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Cache<String, JWK> byKid = Caffeine.newBuilder().maximumSize(64).build();
    private URI jwksUri;
    private Instant lastAttempt;
    private Instant lastSuccess;

    IssuerKeys(OidcSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The key with this id, refreshing once if it is unknown or the keys are old; empty when the
     * issuer does not have it.
     *
     * @throws IssuerUnavailable when no key at all is cached and the issuer cannot be reached
     */
    Optional<JWK> key(String kid) {
        JWK cached = byKid.getIfPresent(kid);
        if (cached != null && !stale()) {
            return Optional.of(cached);
        }
        refreshIfAllowed();
        JWK found = byKid.getIfPresent(kid);
        if (found == null && byKid.asMap().isEmpty()) {
            throw new IssuerUnavailable("no signing keys from " + settings.issuer());
        }
        return Optional.ofNullable(found);
    }

    private synchronized boolean stale() {
        return lastSuccess == null || !clock.instant().isBefore(lastSuccess.plus(MAX_AGE));
    }

    private synchronized void refreshIfAllowed() {
        Instant now = clock.instant();
        if (lastAttempt != null && now.isBefore(lastAttempt.plus(REFRESH_GAP))) {
            return;
        }
        lastAttempt = now;
        try {
            if (jwksUri == null) {
                jwksUri = discoverJwksUri();
            }
            JWKSet set = JWKSet.parse(fetch(jwksUri));
            Map<String, JWK> fresh = new java.util.HashMap<>();
            for (JWK k : set.getKeys()) {
                if (k.getKeyID() != null && !k.isPrivate()) {
                    fresh.put(k.getKeyID(), k);
                }
            }
            // Replace, not merge: a key the issuer withdrew must stop working.
            byKid.invalidateAll();
            byKid.putAll(fresh);
            lastSuccess = now;
            LOG.info("Signing keys of {}: {}", settings.issuer(), fresh.keySet());
        } catch (IOException | java.text.ParseException | RuntimeException e) {
            LOG.warn("Cannot refresh the signing keys of {} ({}); keeping {} cached", settings.issuer(), e.toString(), byKid.asMap().size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI discoverJwksUri() throws IOException, InterruptedException, java.text.ParseException {
        Map<String, Object> doc = JSONObjectUtils.parse(fetch(settings.discovery()));
        // OpenID Connect Discovery 1.0 §4.3: the document must name the very issuer it was fetched for.
        if (!settings.issuer().equals(doc.get("issuer"))) {
            throw new IOException("discovery document names issuer " + doc.get("issuer") + ", expected " + settings.issuer());
        }
        Object uri = doc.get("jwks_uri");
        if (!(uri instanceof String s)) {
            throw new IOException("discovery document has no jwks_uri");
        }
        return URI.create(s);
    }

    private String fetch(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IOException(uri + " answered " + r.statusCode());
        }
        return r.body();
    }
}
