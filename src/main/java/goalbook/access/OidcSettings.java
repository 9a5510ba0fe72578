package goalbook.access;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where sign-in tokens come from: {@code GOALBOOK_OIDC_ISSUER} (e.g.
 * {@code https://login.microsoftonline.com/<tenant>/v2.0}), {@code GOALBOOK_OIDC_AUDIENCE} (the API's
 * application id) and {@code GOALBOOK_ACCESS_FILE} (who may do what).
 *
 * @param tenant the directory id in an Entra-style issuer ({@code /<guid>/v2.0}), which the token's
 *               {@code tid} must equal; null for issuers without one
 */
public record OidcSettings(String issuer, String audience, java.nio.file.Path accessFile, String tenant) {
    private static final Pattern TENANT_IN_PATH = Pattern.compile(
            "^/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");

    public OidcSettings(String issuer, String audience, java.nio.file.Path accessFile) {
        this(issuer, audience, accessFile, tenantOf(issuer));
    }

    /** Empty when no issuer is set: sign-in is off and only the tokens file (or demo tokens) apply. */
    public static Optional<OidcSettings> fromEnvironment(Map<String, String> env) {
        String issuer = env.get("GOALBOOK_OIDC_ISSUER");
        if (issuer == null || issuer.isBlank()) {
            return Optional.empty();
        }
        String audience = env.get("GOALBOOK_OIDC_AUDIENCE");
        String access = env.get("GOALBOOK_ACCESS_FILE");
        if (audience == null || audience.isBlank() || access == null || access.isBlank()) {
            throw new IllegalStateException("GOALBOOK_OIDC_ISSUER needs GOALBOOK_OIDC_AUDIENCE and GOALBOOK_ACCESS_FILE as well");
        }
        return Optional.of(new OidcSettings(issuer.trim(), audience.trim(), java.nio.file.Path.of(access.trim())));
    }

    static String tenantOf(String issuer) {
        Matcher m = TENANT_IN_PATH.matcher(Optional.ofNullable(URI.create(issuer).getPath()).orElse(""));
        return m.matches() ? m.group(1).toLowerCase(java.util.Locale.ROOT) : null;
    }

    /** The discovery document: the issuer followed by {@code /.well-known/openid-configuration}. */
    URI discovery() {
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return URI.create(base + "/.well-known/openid-configuration");
    }
}
