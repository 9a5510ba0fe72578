package goalbook.http;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The add-in's manifest rendering and its static files, served by a Javalin app with only these routes. */
class AddinRoutesTest {
    static Javalin app;
    static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        app = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            ProblemJson.register(c);
            new AddinRoutes("https://goalbook.example.se/").register(c);
        }).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        app.stop();
    }

    static HttpResponse<byte[]> get(String path) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void committedManifest_isTheOneOnTheClasspath() throws Exception {
        byte[] committed = Files.readAllBytes(Path.of("addin-manifest/manifest.xml"));
        try (var in = AddinRoutes.class.getClassLoader().getResourceAsStream("addin/manifest.xml")) {
            assertArrayEquals(committed, in.readAllBytes(), "copy addin-manifest/manifest.xml to src/main/resources/addin/");
        }
    }

    @Test
    void renderManifest_replacesEveryDevelopmentUrlAndKeepsTheId() {
        String xml = AddinRoutes.renderManifest("https://goalbook.almi.se/");
        assertFalse(xml.contains("localhost"), xml);
        assertTrue(xml.contains("<SourceLocation DefaultValue=\"https://goalbook.almi.se/addin/taskpane.html\"/>"));
        assertTrue(xml.contains("<AppDomain>https://goalbook.almi.se</AppDomain>"));
        assertTrue(xml.contains("<Id>be1d0d96-89e7-4176-b31b-fb4b46970023</Id>"));
    }

    @Test
    void renderManifest_keepsAPortAndAPathPrefix() {
        String xml = AddinRoutes.renderManifest("https://intra.almi.se:9443/goalbook");
        assertTrue(xml.contains("https://intra.almi.se:9443/goalbook/addin/icons/icon-80.png"));
    }

    @Test
    void renderManifest_refusesPlainHttpAndOddUrls() {
        assertThrows(IllegalArgumentException.class, () -> AddinRoutes.renderManifest("http://goalbook.almi.se"));
        assertThrows(IllegalArgumentException.class, () -> AddinRoutes.renderManifest("https://goalbook.almi.se/?a=<b>"));
        assertThrows(IllegalArgumentException.class, () -> AddinRoutes.renderManifest("https://x.se/\"onload"));
        assertThrows(IllegalArgumentException.class, () -> AddinRoutes.renderManifest(null));
        assertThrows(IllegalArgumentException.class, () -> new AddinRoutes("goalbook.almi.se"));
    }

    @Test
    void getManifest_isRenderedForTheConfiguredUrl() throws Exception {
        HttpResponse<byte[]> r = get("/addin/manifest.xml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/xml"));
        String xml = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(xml.contains("https://goalbook.example.se/addin/taskpane.html"), xml);
        assertEquals(AddinRoutes.ASSET_CSP, r.headers().firstValue("Content-Security-Policy").orElse(""));
    }

    @Test
    void getTaskpane_mayBeFramedByOfficeOnly() throws Exception {
        HttpResponse<byte[]> r = get("/addin/taskpane.html");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("frame-ancestors 'self' https://*.office.com https://*.officeapps.live.com https://*.microsoft.com"), csp);
        assertTrue(csp.contains("script-src 'self' https://appsforoffice.microsoft.com;"), csp);
        assertTrue(new String(r.body(), java.nio.charset.StandardCharsets.UTF_8)
                .contains("https://appsforoffice.microsoft.com/lib/1/hosted/office.js"));
    }

    @Test
    void getScriptStyleAndIcons_haveTheirTypesAndMayNotBeFramed() throws Exception {
        assertEquals("text/javascript; charset=utf-8", get("/addin/taskpane.js").headers().firstValue("Content-Type").orElse(""));
        assertEquals("text/css; charset=utf-8", get("/addin/taskpane.css").headers().firstValue("Content-Type").orElse(""));
        for (int size : new int[] {16, 32, 64, 80}) {
            HttpResponse<byte[]> icon = get("/addin/icons/icon-" + size + ".png");
            assertEquals(200, icon.statusCode());
            assertEquals("image/png", icon.headers().firstValue("Content-Type").orElse(""));
            assertEquals(AddinRoutes.ASSET_CSP, icon.headers().firstValue("Content-Security-Policy").orElse(""));
            var image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(icon.body()));
            assertEquals(size, image.getWidth());
            assertEquals(size, image.getHeight());
        }
    }

    @Test
    void getUnknownOrTraversingPath_is404ProblemJson() throws Exception {
        for (String path : new String[] {"/addin/nothing.html", "/addin/..%2Fmanifest.xml", "/addin/icons/..%2F..%2Faddin%2Fmanifest.xml",
                "/addin/Taskpane.HTML", "/addin/icons/icon-16.gif"}) {
            HttpResponse<byte[]> r = get(path);
            assertEquals(404, r.statusCode(), path);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"), path);
        }
    }

    @Test
    void withSignIn_thePaneMayReachTheIssuerAndNothingElse_andSsoSaysHowToSignIn() throws Exception {
        goalbook.access.OidcSettings oidc = new goalbook.access.OidcSettings("https://login.example.com/0b6f2c1e-3d4a-4b5c-8d9e-0f1a2b3c4d5e/v2.0",
                "6a7b8c9d-1111-2222-3333-444455556666", Path.of("access.yaml"));
        Javalin signIn = Javalin.create(c -> {
            c.startup.showJavalinBanner = false;
            new AddinRoutes("https://goalbook.example.se", oidc).register(c);
        }).start("127.0.0.1", 0);
        try {
            HttpResponse<byte[]> pane = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + signIn.port() + "/addin/taskpane.html"))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            String csp = pane.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("connect-src 'self' https://login.example.com;"), csp);
            String sso = new String(CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + signIn.port() + "/addin/sso.json")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(sso.contains("\"enabled\":true") && sso.contains("api://goalbook.example.se/6a7b8c9d-1111-2222-3333-444455556666/access_as_user"), sso);
        } finally {
            signIn.stop();
        }
        String withoutSignIn = get("/addin/taskpane.html").headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(withoutSignIn.contains("connect-src 'self';"), withoutSignIn);
        assertTrue(new String(get("/addin/sso.json").body(), java.nio.charset.StandardCharsets.UTF_8).contains("\"enabled\":false"));
    }
}
