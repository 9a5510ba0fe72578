package goalbook.access;

import goalbook.storage.MutableClock;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OidcSignInTest {
    static final Instant T0 = Instant.parse("2024-05-02T09:00:00Z");
    final TestIssuer issuer = new TestIssuer();
    final Principal script = new Principal(Role.CONTROLLER, null, "nightly script");

    @AfterEach
    void stop() {
        issuer.close();
    }

    OidcSignIn signIn(Path dir) throws Exception {
        Path access = dir.resolve("access.yaml");
        Files.writeString(access, AccessFileTest.RULES);
        return OidcSignIn.in(issuer.settings(access), AccessFileTest.REGIONS, t -> t.equals("gb_script") ? Optional.of(script) : Optional.empty(),
                new MutableClock(T0));
    }

    @Test
    void jwtShapedTokens_goToTheIssuer_othersToTheTokensFile(@TempDir Path dir) throws Exception {
        OidcSignIn s = signIn(dir);
        assertEquals(Optional.of(script), s.principalFor("gb_script"));
        Principal p = s.principalFor(issuer.token(T0, b -> b.claim("roles", List.of("Goalbook.Region.Nord")))).orElseThrow();
        assertEquals(Role.REGION, p.role());
        assertEquals(1, issuer.jwksRequests.get(), "the keys were fetched for the JWT only");
    }

    @Test
    void refusedJwt_isUnknown_likeAnUnknownToken(@TempDir Path dir) throws Exception {
        OidcSignIn s = signIn(dir);
        assertEquals(Optional.empty(), s.principalFor(issuer.token(T0, b -> b.audience("other").claim("roles", List.of("Goalbook.Controller")))));
    }

    @Test
    void signedInButMappedToNothing_isNoAccess_naming_thePerson(@TempDir Path dir) throws Exception {
        OidcSignIn s = signIn(dir);
        NoAccess e = assertThrows(NoAccess.class, () -> s.principalFor(issuer.token(T0, b -> {})));
        assertEquals("Anna Berg", e.person().displayName());
        assertTrue(e.getMessage().contains("anna.berg@almi.se"));
    }

    @Test
    void settings_needAudienceAndAccessFile_onceAnIssuerIsSet() {
        assertEquals(Optional.empty(), OidcSettings.fromEnvironment(Map.of()));
        assertThrows(IllegalStateException.class, () -> OidcSettings.fromEnvironment(Map.of("GOALBOOK_OIDC_ISSUER", issuer.issuer())));
        OidcSettings s = OidcSettings.fromEnvironment(Map.of("GOALBOOK_OIDC_ISSUER", issuer.issuer(), "GOALBOOK_OIDC_AUDIENCE", TestIssuer.AUDIENCE,
                "GOALBOOK_ACCESS_FILE", "access.yaml")).orElseThrow();
        assertEquals(TestIssuer.TENANT, s.tenant());
    }
}
