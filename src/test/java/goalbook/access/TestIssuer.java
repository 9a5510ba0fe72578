package goalbook.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.Headers;

/**
 * An Entra-style OIDC issuer on a MockWebServer: {@code http://127.0.0.1:<port>/<tenant>/v2.0} serves
 * its discovery document and a JWKS of keys made here, and signs tokens for the tests. Keys can be
 * rotated and the issuer stopped, as a real one would.
 */
public final class TestIssuer implements AutoCloseable {
    public static final String TENANT = "0b6f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e";
    public static final String AUDIENCE = "6a7b8c9d-1111-2222-3333-444455556666";

    /** Made once per test run: RSA key generation is slow, and each issuer's keys are its own through its own server anyway. */
    private static final RSAKey RSA;
    private static final ECKey EC;

    static {
        try {
            RSA = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
            EC = new ECKeyGenerator(Curve.P_256).keyID("ec-1").generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private final MockWebServer server = new MockWebServer();
    public final RSAKey rsa;
    public final ECKey ec;
    private volatile List<JWK> published;
    public final AtomicInteger jwksRequests = new AtomicInteger();
    public final AtomicInteger discoveryRequests = new AtomicInteger();
    /** While set, every request gets 500, as from an issuer having an outage. */
    public volatile boolean failing;

    public TestIssuer() {
        rsa = RSA;
        ec = EC;
        published = List.of(rsa.toPublicJWK(), ec.toPublicJWK());
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (failing) {
                    return new MockResponse(500, Headers.of(), "");
                }
                if (path.equals("/" + TENANT + "/v2.0/.well-known/openid-configuration")) {
                    discoveryRequests.incrementAndGet();
                    return json("{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + server.url("/" + TENANT + "/discovery/v2.0/keys") + "\"}");
                }
                if (path.equals("/" + TENANT + "/discovery/v2.0/keys")) {
                    jwksRequests.incrementAndGet();
                    return json(new JWKSet(new ArrayList<>(published)).toString(true));
                }
                return new MockResponse(404, Headers.of(), "");
            }
        });
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MockResponse json(String body) {
        return new MockResponse(200, Headers.of("Content-Type", "application/json"), body);
    }

    public String issuer() {
        return server.url("/" + TENANT + "/v2.0").toString();
    }

    public OidcSettings settings(Path accessFile) {
        return new OidcSettings(issuer(), AUDIENCE, accessFile);
    }

    /** Publish these public keys from now on (a key rotation). */
    public void publish(JWK... keys) {
        published = List.of(keys);
    }

    /** Claims of a valid token for Anna Berg, issued at {@code now}, valid for an hour. */
    public JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder().issuer(issuer()).audience(AUDIENCE).subject("pairwise-sub-anna")
                .claim("oid", "7f1c0000-aaaa-bbbb-cccc-000000000001").claim("tid", TENANT)
                .claim("name", "Anna Berg").claim("preferred_username", "anna.berg@almi.se")
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)));
    }

    public String token(Instant now, Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder b = claims(now);
        change.accept(b);
        return sign(JWSAlgorithm.RS256, rsa.getKeyID(), b.build());
    }

    public String sign(JWSAlgorithm alg, String kid, JWTClaimsSet claims) {
        try {
            JWSSigner signer = alg.equals(JWSAlgorithm.ES256) ? new ECDSASigner(ec) : new RSASSASigner(rsa);
            return signWith(signer, new JWSHeader.Builder(alg).keyID(kid).type(JOSEObjectType.JWT).build(), claims);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signWith(JWSSigner signer, JWSHeader header, JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(header, claims);
            jwt.sign(signer);
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
