package goalbook.http;

import goalbook.access.IssuerUnavailable;
import goalbook.access.NoAccess;
import goalbook.access.Principal;
import goalbook.access.TokenRegistry;
import io.javalin.http.Context;
import java.util.Optional;

/** Resolves the bearer token of every API request; 401 for a missing or unknown token. */
final class Authentication {
    private static final String PRINCIPAL = "goalbook.principal";

    private final TokenRegistry tokens;

    Authentication(TokenRegistry tokens) {
        this.tokens = tokens;
    }

    void authenticate(Context ctx) {
        if ("OPTIONS".equals(ctx.method().name())) {
            return; // a CORS preflight carries no credentials; SecurityHeaders answers it
        }
        if (ctx.queryParam("token") != null || ctx.queryParam("access_token") != null) {
            throw new ApiProblem(400, "token_in_query", "Tokens are never accepted in the query string; send an Authorization: Bearer header",
                    "Inloggningsnyckeln får inte skickas i adressen.");
        }
        String header = Optional.ofNullable(ctx.header("Authorization")).orElse("");
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ApiProblem(401, "unauthenticated", "Missing bearer token", "Du är inte inloggad. Ange din inloggningsnyckel.");
        }
        Principal p = resolve(header.substring(7).trim()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ApiProblem(401, "unauthenticated", "Unknown or revoked token", "Inloggningsnyckeln är okänd eller återkallad.");
        });
        ctx.attribute(PRINCIPAL, p);
    }

    /** A sign-in that is valid but grants nothing is 403 (ask the controller); an unreachable issuer with no cached key is 503. */
    private Optional<Principal> resolve(String token) {
        try {
            return tokens.principalFor(token);
        } catch (NoAccess e) {
            throw new ApiProblem(403, "no_access", "Signed in as " + e.person().displayName() + ", but no role is granted to this account",
                    "Du är inloggad som " + e.person().displayName() + " men har ännu ingen behörighet i Goalbook. Be controllern om åtkomst.");
        } catch (IssuerUnavailable e) {
            throw new ApiProblem(503, "sign_in_unavailable", "The sign-in service cannot be reached to check the token; try again shortly",
                    "Inloggningstjänsten går inte att nå just nu. Försök igen om en stund.");
        }
    }

    static Principal principal(Context ctx) {
        Principal p = ctx.attribute(PRINCIPAL);
        if (p == null) {
            throw new IllegalStateException("route reached without authentication: " + ctx.path());
        }
        return p;
    }

    /** 403 unless the caller may act for {@code regionId} (its own region, or the controller). */
    static Principal requireRegion(Context ctx, String regionId) {
        Principal p = principal(ctx);
        if (!p.mayActFor(regionId)) {
            throw ApiProblem.forbidden("Token for " + p.role() + (p.region() == null ? "" : " " + String.join(",", new java.util.TreeSet<>(p.regions()))) + " may not access region " + regionId);
        }
        return p;
    }

    /** The caller as stored: its token id for the audit log and Idempotency-Keys, its label for display. */
    static goalbook.storage.Actor actor(Principal p) {
        return new goalbook.storage.Actor(p.id(), p.name());
    }

    static Principal requireController(Context ctx) {
        Principal p = principal(ctx);
        if (!p.isController()) {
            throw ApiProblem.forbidden("Only the controller may do this");
        }
        return p;
    }
}
