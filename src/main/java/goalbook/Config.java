package goalbook;

import java.nio.file.Path;
import java.util.Map;

/**
 * Settings from the environment, with safe defaults: {@code GOALBOOK_PORT} (7070), {@code GOALBOOK_DATA}
 * ({@code ./data}), {@code GOALBOOK_DB_URL} (SQLite under the data folder; {@code jdbc:postgresql://…} for a database several
 * instances share, with {@code GOALBOOK_DB_USER} and {@code GOALBOOK_DB_PASSWORD}), {@code GOALBOOK_TOKENS_FILE}
 * (none: demo mode, loopback only), {@code GOALBOOK_TEMPLATES} ({@code ./templates}),
 * {@code GOALBOOK_MAX_UPLOAD_MB} (10), {@code GOALBOOK_DEADLINE_DAYS} (20: reports are due 20 days after the quarter ends),
 * {@code GOALBOOK_PUBLIC_URL} (none: the add-in manifest points at https://localhost:8443),
 * {@code GOALBOOK_CORS_ORIGINS} (none: comma-separated origins allowed to call the API from a browser),
 * {@code GOALBOOK_TLS_KEYSTORE}, {@code GOALBOOK_TLS_PASSWORD}, {@code GOALBOOK_TLS_PORT} (none: HTTP only; with a PKCS#12
 * keystore HTTPS is served on port 8443 as well), {@code GOALBOOK_UPLOADS_PER_CALLER} (2), {@code GOALBOOK_UPLOADS_TOTAL} (32),
 * {@code GOALBOOK_UPLOAD_SECONDS} (30) and {@code GOALBOOK_HEAD_SECONDS} (20): uploads in flight per caller and in all, and the
 * time a body and a request head have to arrive;
 * {@code GOALBOOK_VERSIONS_PER_QUARTER} (50) and {@code GOALBOOK_STORED_MB_PER_QUARTER} (100): each region's budget per quarter,
 * which the controller can raise; {@code GOALBOOK_SCB_URL} (https://statistikdatabasen.scb.se/api/v2): Statistics Sweden's
 * PxWeb v2 API, the source of comparison values ({@code templates/sources/scb.yaml}).
 */
record Config(int port, Path dataDir, String dbUrl, Path tokensFile, Path templatesDir, long maxUploadBytes, String host, int deadlineDays, String publicUrl, java.util.Set<String> corsOrigins,
        goalbook.http.TlsSettings tls, String dbUser, String dbPassword, goalbook.http.IntakeLimits intake,
        goalbook.storage.QuarterBudget budget, String scbUrl) {

    /** Statistics Sweden's public PxWeb v2 API, the default of {@code GOALBOOK_SCB_URL}. */
    static final String SCB_URL = goalbook.sources.ScbReference.DEFAULT_URL;

    /** With SCB's public API as the source of comparison values. */
    Config(int port, Path dataDir, String dbUrl, Path tokensFile, Path templatesDir, long maxUploadBytes, String host, int deadlineDays,
            String publicUrl, java.util.Set<String> corsOrigins, goalbook.http.TlsSettings tls, String dbUser, String dbPassword,
            goalbook.http.IntakeLimits intake, goalbook.storage.QuarterBudget budget) {
        this(port, dataDir, dbUrl, tokensFile, templatesDir, maxUploadBytes, host, deadlineDays, publicUrl, corsOrigins, tls, dbUser, dbPassword,
                intake, budget, SCB_URL);
    }

    /** Without database credentials (SQLite, or a server URL that carries its own) and with the default intake limits and budgets. */
    Config(int port, Path dataDir, String dbUrl, Path tokensFile, Path templatesDir, long maxUploadBytes, String host, int deadlineDays,
            String publicUrl, java.util.Set<String> corsOrigins, goalbook.http.TlsSettings tls) {
        this(port, dataDir, dbUrl, tokensFile, templatesDir, maxUploadBytes, host, deadlineDays, publicUrl, corsOrigins, tls, null, null,
                goalbook.http.IntakeLimits.DEFAULT, goalbook.storage.QuarterBudget.DEFAULT);
    }

    static Config fromEnvironment(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("GOALBOOK_PORT", "7070"));
        Path data = goalbook.storage.DatabaseSettings.dataDir(env);
        goalbook.storage.DatabaseSettings db = goalbook.storage.DatabaseSettings.fromEnvironment(env);
        Path tokens = env.containsKey("GOALBOOK_TOKENS_FILE") ? Path.of(env.get("GOALBOOK_TOKENS_FILE")) : null;
        Path templates = Path.of(env.getOrDefault("GOALBOOK_TEMPLATES", "./templates"));
        long maxUpload = Long.parseLong(env.getOrDefault("GOALBOOK_MAX_UPLOAD_MB", "10")) * 1024 * 1024;
        // Demo tokens are public, so a demo server must never be reachable from another machine.
        String host = tokens == null ? "127.0.0.1" : env.getOrDefault("GOALBOOK_HOST", "0.0.0.0");
        int deadlineDays = Integer.parseInt(env.getOrDefault("GOALBOOK_DEADLINE_DAYS", "20"));
        String publicUrl = env.get("GOALBOOK_PUBLIC_URL");
        java.util.Set<String> cors = java.util.Arrays.stream(env.getOrDefault("GOALBOOK_CORS_ORIGINS", "").split(","))
                .map(String::trim).filter(o -> !o.isEmpty()).collect(java.util.stream.Collectors.toUnmodifiableSet());
        goalbook.http.TlsSettings tls = env.containsKey("GOALBOOK_TLS_KEYSTORE")
                ? new goalbook.http.TlsSettings(Path.of(env.get("GOALBOOK_TLS_KEYSTORE")), env.getOrDefault("GOALBOOK_TLS_PASSWORD", ""),
                        Integer.parseInt(env.getOrDefault("GOALBOOK_TLS_PORT", "8443")))
                : null;
        goalbook.http.IntakeLimits defaults = goalbook.http.IntakeLimits.DEFAULT;
        goalbook.http.IntakeLimits intake = new goalbook.http.IntakeLimits(
                Integer.parseInt(env.getOrDefault("GOALBOOK_UPLOADS_PER_CALLER", Integer.toString(defaults.perCaller()))),
                Integer.parseInt(env.getOrDefault("GOALBOOK_UPLOADS_TOTAL", Integer.toString(defaults.total()))),
                java.time.Duration.ofSeconds(Long.parseLong(env.getOrDefault("GOALBOOK_UPLOAD_SECONDS",
                        Long.toString(defaults.bodyDeadline().toSeconds())))),
                java.time.Duration.ofSeconds(Long.parseLong(env.getOrDefault("GOALBOOK_HEAD_SECONDS",
                        Long.toString(defaults.headDeadline().toSeconds())))));
        goalbook.storage.QuarterBudget budget = goalbook.storage.QuarterBudget.of(
                Integer.parseInt(env.getOrDefault("GOALBOOK_VERSIONS_PER_QUARTER",
                        Integer.toString(goalbook.storage.QuarterBudget.DEFAULT.versions()))),
                Integer.parseInt(env.getOrDefault("GOALBOOK_STORED_MB_PER_QUARTER",
                        Integer.toString(goalbook.storage.QuarterBudget.DEFAULT.megabytes()))));
        return new Config(port, data, db.url(), tokens, templates, maxUpload, host, deadlineDays, publicUrl, cors, tls,
                db.user(), db.password(), intake, budget,
                goalbook.sources.ScbReference.url(env));
    }

    boolean demoMode() {
        return tokensFile == null;
    }
}
