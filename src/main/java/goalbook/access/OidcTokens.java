package goalbook.access;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks an OIDC access token: an asymmetric signature (RS256, PS256 or ES256; {@code none} and HMAC
 * are refused, so a token "signed" with the public key as an HMAC secret gets nowhere) by a key of
 * the issuer, then {@code iss}, {@code aud}, {@code exp}, {@code nbf} (with {@link #SKEW}) and the
 * tenant ({@code tid}) when the issuer names one.
 */
final class OidcTokens {
    static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.PS256, JWSAlgorithm.ES256);
    /** Clocks of issuer and server may differ a little. */
    static final Duration SKEW = Duration.ofSeconds(60);

    /** Why a token was refused, for the log; the caller answers 401 whatever the reason. */
    static final class Refused extends Exception {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final OidcSettings settings;
    private final IssuerKeys keys;
    private final Clock clock;

    OidcTokens(OidcSettings settings, IssuerKeys keys, Clock clock) {
        this.settings = settings;
        this.keys = keys;
        this.clock = clock;
    }

    /** @throws IssuerUnavailable when no signing key can be had at all */
    Person verify(String token) throws Refused {
        SignedJWT jwt = signed(token);
        JWSHeader header = jwt.getHeader();
        if (!ALLOWED.contains(header.getAlgorithm())) {
            throw new Refused("algorithm " + header.getAlgorithm() + " is not accepted");
        }
        if (header.getKeyID() == null) {
            throw new Refused("token names no key (kid)");
        }
        JWK key = keys.key(header.getKeyID()).orElseThrow(() -> new Refused("unknown signing key " + header.getKeyID()));
        if (key.getAlgorithm() != null && !key.getAlgorithm().equals(header.getAlgorithm())) {
            throw new Refused("key " + key.getKeyID() + " is for " + key.getAlgorithm() + ", token says " + header.getAlgorithm());
        }
        try {
            if (!jwt.verify(verifier(header.getAlgorithm(), key))) {
                throw new Refused("bad signature");
            }
            return checkedClaims(jwt.getJWTClaimsSet());
        } catch (JOSEException | ParseException e) {
            throw new Refused("cannot verify: " + e.getMessage());
        }
    }

    private static SignedJWT signed(String token) throws Refused {
        try {
            JWT jwt = JWTParser.parse(token);
            if (!(jwt instanceof SignedJWT s)) {
                throw new Refused("unsigned or encrypted token");
            }
            return s;
        } catch (ParseException e) {
            throw new Refused("not a JWT: " + e.getMessage());
        }
    }

    private static JWSVerifier verifier(JWSAlgorithm alg, JWK key) throws JOSEException, Refused {
        if (JWSAlgorithm.ES256.equals(alg) && key instanceof ECKey ec) {
            return new ECDSAVerifier(ec);
        }
        if ((JWSAlgorithm.RS256.equals(alg) || JWSAlgorithm.PS256.equals(alg)) && key instanceof RSAKey rsa) {
            return new RSASSAVerifier(rsa);
        }
        throw new Refused("key " + key.getKeyID() + " (" + key.getKeyType() + ") does not fit " + alg);
    }

    private Person checkedClaims(JWTClaimsSet c) throws Refused, ParseException {
        if (!settings.issuer().equals(c.getIssuer())) {
            throw new Refused("issuer " + c.getIssuer());
        }
        if (c.getAudience() == null || !c.getAudience().contains(settings.audience())) {
            throw new Refused("audience " + c.getAudience());
        }
        Instant now = clock.instant();
        Date exp = c.getExpirationTime();
        if (exp == null || !now.isBefore(exp.toInstant().plus(SKEW))) {
            throw new Refused("expired at " + (exp == null ? "?" : exp.toInstant()));
        }
        Date nbf = c.getNotBeforeTime();
        if (nbf != null && now.isBefore(nbf.toInstant().minus(SKEW))) {
            throw new Refused("not valid before " + nbf.toInstant());
        }
        if (settings.tenant() != null && !settings.tenant().equalsIgnoreCase(Optional.ofNullable(c.getStringClaim("tid")).orElse(""))) {
            throw new Refused("tenant " + c.getStringClaim("tid"));
        }
        String subject = Optional.ofNullable(c.getStringClaim("oid")).orElse(c.getSubject());
        if (subject == null) {
            throw new Refused("token names no person (oid/sub)");
        }
        String username = c.getStringClaim("preferred_username");
        String name = Optional.ofNullable(c.getStringClaim("name")).orElse(Optional.ofNullable(username).orElse(subject));
        return new Person(subject, name, username, list(c, "roles"), list(c, "groups"));
    }

    private static List<String> list(JWTClaimsSet c, String claim) throws ParseException {
        return Optional.ofNullable(c.getStringListClaim(claim)).orElse(List.of());
    }
}
