package goalbook.access;

import goalbook.storage.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.PlainHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.PlainJWT;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every way an access token is refused, each against a token that is otherwise valid. */
class OidcTokensTest {
    static final Instant T0 = Instant.parse("2024-05-02T09:00:00Z");

    final TestIssuer issuer = new TestIssuer();
    final MutableClock clock = new MutableClock(T0);
    final OidcSettings settings = issuer.settings(Path.of("unused.yaml"));
    final OidcTokens tokens = new OidcTokens(settings, new IssuerKeys(settings, clock), clock);

    @AfterEach
    void stop() {
        issuer.close();
    }

    String valid() {
        return issuer.token(T0, b -> {});
    }

    void refused(String token, String why) {
        OidcTokens.Refused e = assertThrows(OidcTokens.Refused.class, () -> tokens.verify(token));
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    @Test
    void valid_isAcceptedAsThePersonItNames() throws Exception {
        Person p = tokens.verify(issuer.token(T0, b -> b.claim("roles", List.of("Goalbook.Controller")).claim("groups", List.of("g-1"))));
        assertEquals("7f1c0000-aaaa-bbbb-cccc-000000000001", p.subject(), "the stable object id, not the pairwise sub");
        assertEquals("Anna Berg", p.displayName());
        assertEquals("anna.berg@almi.se", p.username());
        assertEquals(List.of("Goalbook.Controller"), p.roles());
        assertEquals(List.of("g-1"), p.groups());
    }

    @Test
    void withoutOid_theSubjectIsTheStandardSub() throws Exception {
        assertEquals("pairwise-sub-anna", tokens.verify(issuer.token(T0, b -> b.claim("oid", null))).subject());
    }

    @Test
    void es256AndPs256_areAccepted() throws Exception {
        tokens.verify(issuer.sign(JWSAlgorithm.ES256, "ec-1", issuer.claims(T0).build()));
        tokens.verify(issuer.sign(JWSAlgorithm.PS256, "rsa-1", issuer.claims(T0).build()));
    }

    @Test
    void expiry_honoursTheSkew_atJustBelowAndJustAbove() throws Exception {
        Instant exp = T0.plusSeconds(3600);
        clock.set(exp.plus(OidcTokens.SKEW).minusSeconds(1));
        tokens.verify(valid());
        clock.set(exp.plus(OidcTokens.SKEW));
        refused(valid(), "expired");
        clock.set(exp.plus(OidcTokens.SKEW).plusSeconds(1));
        refused(valid(), "expired");
    }

    @Test
    void withoutExpiry_isRefused() {
        refused(issuer.token(T0, b -> b.expirationTime(null)), "expired");
    }

    @Test
    void notBefore_honoursTheSkew_atJustBelowAndJustAbove() throws Exception {
        Instant nbf = T0.plusSeconds(600);
        String early = issuer.token(T0, b -> b.notBeforeTime(Date.from(nbf)));
        clock.set(nbf.minus(OidcTokens.SKEW).minusSeconds(1));
        refused(early, "not valid before");
        clock.set(nbf.minus(OidcTokens.SKEW));
        tokens.verify(early);
        clock.set(nbf.minus(OidcTokens.SKEW).plusSeconds(1));
        tokens.verify(early);
    }

    @Test
    void wrongAudience_isRefused() {
        refused(issuer.token(T0, b -> b.audience("api://someone-else")), "audience");
    }

    @Test
    void wrongIssuer_isRefused() {
        refused(issuer.token(T0, b -> b.issuer("https://login.microsoftonline.com/" + TestIssuer.TENANT + "/v2.0")), "issuer");
    }

    @Test
    void wrongOrMissingTenant_isRefused() {
        refused(issuer.token(T0, b -> b.claim("tid", "11111111-2222-3333-4444-555555555555")), "tenant");
        refused(issuer.token(T0, b -> b.claim("tid", null)), "tenant");
    }

    @Test
    void badSignature_isRefused() throws Exception {
        RSAKey impostor = new RSAKeyGenerator(2048).keyID("rsa-1").generate();
        String forged = TestIssuer.signWith(new RSASSASigner(impostor), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-1").build(),
                issuer.claims(T0).build());
        refused(forged, "bad signature");
    }

    @Test
    void tamperedClaims_breakTheSignature() {
        String[] parts = valid().split("\\.");
        String other = issuer.token(T0, b -> b.claim("roles", List.of("Goalbook.Controller"))).split("\\.")[1];
        refused(parts[0] + "." + other + "." + parts[2], "bad signature");
    }

    @Test
    void algNone_isRefused() {
        String none = new PlainJWT(new PlainHeader(), issuer.claims(T0).build()).serialize();
        refused(none, "unsigned");
    }

    @Test
    void hmacSignedWithThePublicKey_isRefused() throws Exception {
        byte[] publicKeyAsSecret = issuer.rsa.toRSAPublicKey().getEncoded();
        String hmac = TestIssuer.signWith(new MACSigner(publicKeyAsSecret), new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("rsa-1").build(),
                issuer.claims(T0).build());
        refused(hmac, "algorithm HS256");
    }

    @Test
    void keyOfTheWrongType_isRefused() {
        refused(issuer.sign(JWSAlgorithm.ES256, "rsa-1", issuer.claims(T0).build()), "does not fit");
    }

    @Test
    void notAJwt_isRefused() {
        refused("abc.def.ghi", "not a JWT");
    }

    @Test
    void unknownKid_refreshesOnce_thenIsRefused_andWaitsAMinuteBeforeAskingAgain() throws Exception {
        tokens.verify(valid());
        assertEquals(1, issuer.jwksRequests.get());
        String unknown = issuer.sign(JWSAlgorithm.RS256, "rsa-unknown", issuer.claims(T0).build());
        refused(unknown, "unknown signing key");
        assertEquals(1, issuer.jwksRequests.get(), "the keys were fetched less than a minute ago");

        clock.advance(IssuerKeys.REFRESH_GAP.minusSeconds(1));
        refused(unknown, "unknown signing key");
        assertEquals(1, issuer.jwksRequests.get(), "59 s after the last fetch: no refresh");

        clock.advance(Duration.ofSeconds(1));
        refused(unknown, "unknown signing key");
        assertEquals(2, issuer.jwksRequests.get(), "60 s after: one refresh");
        refused(unknown, "unknown signing key");
        assertEquals(2, issuer.jwksRequests.get(), "and no second one");
        assertEquals(1, issuer.discoveryRequests.get(), "the discovery document is read once");
    }

    @Test
    void rotatedKey_isFetchedOnFirstUse_andAWithdrawnKeyStopsWorking() throws Exception {
        tokens.verify(valid());
        RSAKey next = new RSAKeyGenerator(2048).keyID("rsa-2").generate();
        issuer.publish(next.toPublicJWK());
        clock.advance(IssuerKeys.REFRESH_GAP);
        String signedByNext = TestIssuer.signWith(new RSASSASigner(next), new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("rsa-2").build(),
                issuer.claims(T0).build());
        assertEquals("Anna Berg", tokens.verify(signedByNext).displayName());
        refused(valid(), "unknown signing key");
    }

    @Test
    void issuerDown_withKeysCached_keepsAccepting_evenWhenTheKeysAreOld() throws Exception {
        tokens.verify(valid());
        issuer.close();
        clock.advance(IssuerKeys.MAX_AGE.plusMinutes(1));
        assertEquals("Anna Berg", tokens.verify(issuer.token(clock.instant(), b -> {})).displayName());
    }

    @Test
    void issuerDown_withNoKeyCached_isUnavailable_notRefused() {
        issuer.close();
        assertThrows(IssuerUnavailable.class, () -> tokens.verify(valid()));
    }

    @Test
    void issuerBackAfterAnOutage_isAskedAgainAMinuteAfterTheFailedAttempt_notBefore() throws Exception {
        issuer.failing = true;
        assertThrows(IssuerUnavailable.class, () -> tokens.verify(valid()));
        issuer.failing = false;
        clock.advance(IssuerKeys.REFRESH_GAP.minusSeconds(1));
        assertThrows(IssuerUnavailable.class, () -> tokens.verify(valid()), "59 s after the failed attempt: not asked again");
        clock.advance(Duration.ofSeconds(1));
        assertEquals("Anna Berg", tokens.verify(valid()).displayName());
    }

    @Test
    void discoveryNamingAnotherIssuer_yieldsNoKeys() {
        OidcSettings other = new OidcSettings(issuer.issuer() + "/", TestIssuer.AUDIENCE, Path.of("unused.yaml"));
        OidcTokens misconfigured = new OidcTokens(other, new IssuerKeys(other, clock), clock);
        assertThrows(IssuerUnavailable.class, () -> misconfigured.verify(valid()));
    }

    @Test
    void tenant_isReadFromAnEntraIssuer_only() {
        assertEquals(TestIssuer.TENANT, OidcSettings.tenantOf("https://login.microsoftonline.com/" + TestIssuer.TENANT + "/v2.0"));
        assertEquals(null, OidcSettings.tenantOf("https://idp.example.org/realms/almi"));
    }
}
