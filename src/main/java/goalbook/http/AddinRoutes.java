package goalbook.http;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the Excel add-in: {@code GET /addin/manifest.xml} rendered for the public HTTPS base URL
 * (e.g. {@code https://goalbook.almi.se}), the task pane {@code /addin/taskpane.html} with its
 * scripts and styles, and the icons under {@code /addin/icons/}. Everything is read from the
 * classpath ({@code public/addin/}); no file system path reaches a request.
 */
final class AddinRoutes {
    /** The base URL the committed manifest is written for: a local development server. */
    static final String COMMITTED_BASE = "https://localhost:8443";

    /** Office hosts that frame the task pane (desktop Excel uses the same origins in its web view). */
    static final String PANE_CSP = "default-src 'self'; script-src 'self' https://appsforoffice.microsoft.com; "
            + "style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.microsoft.com";
    static final String ASSET_CSP = "default-src 'none'; frame-ancestors 'none'";

    private static final Pattern PAGE = Pattern.compile("[a-z][a-z0-9-]{0,40}\\.(html|js|css)");
    private static final Pattern ICON = Pattern.compile("icon-[0-9]{1,3}\\.png");
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "png", "image/png");

    private static final Pattern GUID = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final byte[] manifest;
    private final boolean sso;
    private final Map<String, Object> ssoAnswer;
    private final String paneCsp;

    /**
     * @param publicBaseUrl absolute {@code https://} URL, e.g. {@code https://goalbook.almi.se}; null (no
     *     {@code GOALBOOK_PUBLIC_URL} set) serves the development manifest for {@value #COMMITTED_BASE}
     */
    AddinRoutes(String publicBaseUrl) {
        this(publicBaseUrl, (goalbook.access.OidcSettings) null);
    }

    /**
     * @param oidc sign-in with an OIDC issuer; null for none. With an audience that is an application id
     *     (a GUID), the manifest carries {@code WebApplicationInfo} and the pane asks Office for a token;
     *     outside Excel the page offers the issuer's own sign-in (authorization code with PKCE)
     */
    AddinRoutes(String publicBaseUrl, goalbook.access.OidcSettings oidc) {
        String base = publicBaseUrl == null ? COMMITTED_BASE : publicBaseUrl;
        this.sso = oidc != null && GUID.matcher(oidc.audience()).matches();
        this.manifest = renderManifest(base, sso ? oidc.audience() : null).getBytes(StandardCharsets.UTF_8);
        Map<String, Object> answer = new java.util.LinkedHashMap<>();
        answer.put("enabled", sso);
        if (sso) {
            // the scope the API exposes (README, Entra step 3), asked for with the person's own sign-in
            answer.put("browser", Map.of("issuer", oidc.issuer(), "clientId", oidc.audience(),
                    "scope", "api://" + URI.create(base).getAuthority() + "/" + oidc.audience() + "/access_as_user openid profile"));
        }
        this.ssoAnswer = Map.copyOf(answer);
        URI issuer = oidc == null ? null : URI.create(oidc.issuer());
        // the page fetches the issuer's discovery document and token endpoint itself, and nothing else
        this.paneCsp = sso ? PANE_CSP.replace("connect-src 'self'", "connect-src 'self' " + issuer.getScheme() + "://" + issuer.getRawAuthority())
                : PANE_CSP;
    }

    void register(JavalinConfig config) {
        config.routes.get("/addin/manifest.xml", ctx -> {
            ctx.header("Content-Security-Policy", ASSET_CSP)
                    .header("Cache-Control", "no-cache")
                    .header("Content-Disposition", "inline; filename=\"manifest.xml\"")
                    .contentType("application/xml; charset=utf-8")
                    .result(manifest);
        });
        // whether the pane should ask Office for a token (single sign-on) before showing the token form
        config.routes.get("/addin/sso.json", ctx -> ctx.header("Cache-Control", "no-store").json(ssoAnswer));
        config.routes.get("/addin", ctx -> ctx.redirect("/addin/taskpane.html"));
        config.routes.get("/addin/{file}", ctx -> serve(ctx, ctx.pathParam("file"), PAGE, "", paneCsp));
        config.routes.get("/addin/icons/{file}", ctx -> serve(ctx, ctx.pathParam("file"), ICON, "icons/", paneCsp));
    }

    private static void serve(Context ctx, String file, Pattern allowed, String folder, String paneCsp) {
        byte[] bytes = allowed.matcher(file).matches() ? resource("public/addin/" + folder + file) : null;
        if (bytes == null) {
            throw ApiProblem.notFound("not_found", "No such add-in file: " + file, "Adressen finns inte.");
        }
        String ext = file.substring(file.lastIndexOf('.') + 1);
        ctx.header("Content-Security-Policy", file.endsWith(".html") ? paneCsp : ASSET_CSP)
                .header("Referrer-Policy", "no-referrer")
                // Short caching: a deployed fix must reach every office within minutes.
                .header("Cache-Control", "public, max-age=300")
                .contentType(TYPES.get(ext))
                .result(bytes);
    }

    /**
     * The committed manifest with every {@value #COMMITTED_BASE} URL replaced by {@code baseUrl},
     * e.g. {@code https://goalbook.almi.se/addin/taskpane.html}; the add-in's Id stays the same.
     *
     * @throws IllegalArgumentException unless {@code baseUrl} is an absolute https URL without query or fragment
     */
    static String renderManifest(String baseUrl) {
        return renderManifest(baseUrl, null);
    }

    /**
     * As {@link #renderManifest(String)}; with {@code applicationId}, the single sign-on block Office reads
     * ({@code WebApplicationInfo} after {@code Resources}): the application id and its resource
     * {@code api://<host>/<application id>}, the same app registration as the API, so the token Office
     * gives the pane has the API's audience.
     */
    static String renderManifest(String baseUrl, String applicationId) {
        String base = checkedBase(baseUrl);
        byte[] template = resource("addin/manifest.xml");
        if (template == null) {
            throw new IllegalStateException("addin/manifest.xml missing from the classpath");
        }
        String xml = new String(template, StandardCharsets.UTF_8).replace(COMMITTED_BASE, base);
        if (applicationId == null) {
            return xml;
        }
        String host = URI.create(base).getAuthority();
        String info = "    <WebApplicationInfo>\n"
                + "      <Id>" + applicationId + "</Id>\n"
                + "      <Resource>api://" + host + "/" + applicationId + "</Resource>\n"
                + "      <Scopes>\n        <Scope>openid</Scope>\n        <Scope>profile</Scope>\n      </Scopes>\n"
                + "    </WebApplicationInfo>\n";
        int end = xml.lastIndexOf("  </VersionOverrides>");
        return xml.substring(0, end) + info + xml.substring(end);
    }

    static String checkedBase(String baseUrl) {
        String base = baseUrl == null ? "" : baseUrl.strip();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        URI uri;
        try {
            uri = URI.create(base);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("public URL is not a URL: " + baseUrl, e);
        }
        // Office loads add-ins over HTTPS only; characters that need XML escaping never occur in a valid host/path.
        if (!"https".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getRawQuery() != null
                || uri.getRawFragment() != null || uri.getRawUserInfo() != null || !base.matches("[A-Za-z0-9:/._~%-]+")) {
            throw new IllegalArgumentException("public URL must be https://host[:port][/path], got " + baseUrl);
        }
        return base;
    }

    private static byte[] resource(String path) {
        try (InputStream in = AddinRoutes.class.getClassLoader().getResourceAsStream(path)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
