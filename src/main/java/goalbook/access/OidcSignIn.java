package goalbook.access;

import java.time.Clock;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bearer tokens that look like JWTs (three base64url parts) are OIDC sign-ins, checked against the
 * issuer and mapped through the access file; every other token goes to the tokens registry as before.
 *
 * @see OidcTokens
 * @see AccessFile
 */
public final class OidcSignIn implements TokenRegistry {
    private static final Logger LOG = LoggerFactory.getLogger(OidcSignIn.class);
    private static final Pattern JWT_SHAPE = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    private final OidcTokens tokens;
    private final AccessFile access;
    private final TokenRegistry otherwise;

    OidcSignIn(OidcTokens tokens, AccessFile access, TokenRegistry otherwise) {
        this.tokens = tokens;
        this.access = access;
        this.otherwise = otherwise;
    }

    /** Sign-in for {@code settings} in front of {@code otherwise} (the tokens file or the demo tokens). */
    public static OidcSignIn in(OidcSettings settings, java.util.Set<String> knownRegions, TokenRegistry otherwise, Clock clock) {
        return new OidcSignIn(new OidcTokens(settings, new IssuerKeys(settings, clock), clock),
                new AccessFile(settings.accessFile(), knownRegions), otherwise);
    }

    /**
     * @throws NoAccess          a valid sign-in that the access file maps to nothing (403)
     * @throws IssuerUnavailable no signing key can be had (503)
     */
    @Override
    public Optional<Principal> principalFor(String token) {
        if (token == null || !JWT_SHAPE.matcher(token).matches()) {
            return otherwise.principalFor(token);
        }
        Person person;
        try {
            person = tokens.verify(token);
        } catch (OidcTokens.Refused e) {
            LOG.info("Sign-in token refused: {}", e.getMessage());
            return Optional.empty();
        }
        Optional<Principal> p = access.principalFor(person);
        if (p.isEmpty()) {
            LOG.warn("{} is signed in but the access file gives them no role (roles {}, groups {})", person.label(), person.roles(), person.groups());
            throw new NoAccess(person);
        }
        return p;
    }
}
