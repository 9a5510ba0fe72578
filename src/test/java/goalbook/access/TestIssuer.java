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
                    return json("{\"issuer\":\"" + issuer() + "\",\"jwks_uri\":\"" + server.url("/" + TENANT + "/discovery/v2.0/keys")
                            + "\",\"authorization_endpoint\":\"" + server.url("/" + TENANT + "/oauth2/v2.0/authorize")
                            + "\",\"token_endpoint\":\"" + server.url("/" + TENANT + "/oauth2/v2.0/token") + "\"}");
                }
                if (path.equals("/" + TENANT + "/oauth2/v2.0/authorize")) {
                    return authorize(request.getUrl());
                }
                if (path.equals("/" + TENANT + "/oauth2/v2.0/token")) {
                    return token(request.getBody() == null ? "" : request.getBody().utf8());
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
        // as Entra's endpoints do: a page of another origin may read them
        return new MockResponse(200, Headers.of("Content-Type", "application/json", "Access-Control-Allow-Origin", "*"), body);
    }

    /** The token the sign-in page hands out after a person signs in (authorization code flow); null: the person cancels. */
    public volatile String browserToken;
    /** Set once a token request proved, with its code verifier, that it came from the page that asked for the code. */
    public volatile boolean pkceVerified;
    private volatile String challenge;
    private static final String CODE = "code-from-the-test-issuer";

    /** The sign-in page, signed in at once: back to the page with a code, or with {@code error=access_denied}. */
    private MockResponse authorize(okhttp3.HttpUrl url) {
        challenge = "S256".equals(url.queryParameter("code_challenge_method")) ? url.queryParameter("code_challenge") : null;
        okhttp3.HttpUrl back = okhttp3.HttpUrl.get(url.queryParameter("redirect_uri"));
        okhttp3.HttpUrl.Builder to = back.newBuilder().addQueryParameter("state", url.queryParameter("state"));
        if (browserToken == null) {
            to.addQueryParameter("error", "access_denied");
        } else {
            to.addQueryParameter("code", CODE);
        }
        return new MockResponse(302, Headers.of("Location", to.build().toString()), "");
    }

    /** The token endpoint: the code, and a verifier whose SHA-256 is the challenge the sign-in was started with. */
    private MockResponse token(String form) {
        java.util.Map<String, String> f = new java.util.HashMap<>();
        for (String pair : form.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                f.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        String verifier = f.getOrDefault("code_verifier", "");
        String proof;
        try {
            proof = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(
                    java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (!CODE.equals(f.get("code")) || challenge == null || !challenge.equals(proof) || !AUDIENCE.equals(f.get("client_id"))) {
            return new MockResponse(400, Headers.of("Content-Type", "application/json", "Access-Control-Allow-Origin", "*"),
                    "{\"error\":\"invalid_grant\"}");
        }
        pkceVerified = true;
        return json("{\"access_token\":\"" + browserToken + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
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
