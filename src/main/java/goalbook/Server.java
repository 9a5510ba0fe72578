package goalbook;

import goalbook.access.DemoTokens;
import goalbook.access.OidcSettings;
import goalbook.access.OidcSignIn;
import goalbook.access.TokenRegistry;
import goalbook.access.TokensFile;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import goalbook.http.HttpApp;
import goalbook.http.HttpDependencies;
import goalbook.storage.ApprovalStore;
import goalbook.storage.Database;
import goalbook.periods.PeriodService;
import goalbook.periods.QuarterWorkbooks;
import goalbook.submissions.ReferenceDataService;
import goalbook.storage.ReferenceStore;
import goalbook.storage.ReviewStore;
import goalbook.submissions.SubmissionService;
import goalbook.storage.SubmissionStore;
import goalbook.workbook.template.TemplateCache;
import goalbook.workbook.intake.UploadLimits;
import goalbook.http.RunningServer;
import java.nio.file.Files;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Wires the server from its configuration and starts it. */
final class Server {
    private static final Logger LOG = LoggerFactory.getLogger(Server.class);

    /** Workbooks parsed at once: each holds its whole workbook in memory, and there are two cores. */
    private static final int PARALLEL_PARSES = 4;

    private Server() {}

    /** Healthy only while the disk can hold the largest upload twice (original and annotated copy) and 16 MB to spare. */
    static long minFreeBytes(UploadLimits limits) {
        return 2 * limits.maxBytes() + 16L * 1024 * 1024;
    }

    static RunningServer start(Config config) {
        return start(config, Clock.systemUTC());
    }

    /** As {@link #start(Config)} with the given clock, e.g. a fixed one in tests: "now" decides deadlines and the default quarter. */
    static RunningServer start(Config config, Clock clock) {
        return start(config, clock, OidcSettings.fromEnvironment(System.getenv()).orElse(null));
    }

    /** As {@link #start(Config, Clock)}; with {@code oidc} non-null, JWT bearer tokens are checked against that issuer. */
    static RunningServer start(Config config, Clock clock, OidcSettings oidc) {
        return start(config, clock, oidc, goalbook.notices.NoticeSettings.fromEnvironment(System.getenv()));
    }

    /** As {@link #start(Config, Clock, OidcSettings)}, with notices as {@code notices} says (off: {@link goalbook.notices.NoticeSettings#OFF}). */
    static RunningServer start(Config config, Clock clock, OidcSettings oidc, goalbook.notices.NoticeSettings notices) {
        StructureCatalog catalog = new StructureCatalog(goalbook.workbook.template.PoiFormulaCheck.structureLoader().loadAll(config.templatesDir().resolve("structures")));
        Regions regions = Regions.load(config.templatesDir().resolve("regions.yaml"));
        try {
            Files.createDirectories(config.dataDir());
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create data folder " + config.dataDir(), e);
        }
        Database db = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
        TokenRegistry tokens = config.demoMode() ? DemoTokens.forRegions(regions.all()) : new TokensFile(config.tokensFile());
        if (oidc != null) {
            java.util.Set<String> regionIds = java.util.Set.copyOf(regions.ids());
            tokens = OidcSignIn.in(oidc, regionIds, tokens, clock);
            LOG.info("Sign-in: OIDC tokens from {} for audience {}; access from {}", oidc.issuer(), oidc.audience(), oidc.accessFile());
        }
        SubmissionStore store = new SubmissionStore(db, clock, config.budget());
        ReferenceDataService reference = new ReferenceDataService(new ReferenceStore(db, clock), regions);
        UploadLimits limits = new UploadLimits(config.maxUploadBytes(), UploadLimits.DEFAULT.maxEntries(),
                UploadLimits.DEFAULT.maxUncompressedBytes(), UploadLimits.DEFAULT.maxInflateRatio(), UploadLimits.DEFAULT.maxXmlDepth());
        ReviewStore reviews = new ReviewStore(db, clock);
        SubmissionService submissions = new SubmissionService(catalog, regions, store, reviews, reference, limits, PARALLEL_PARSES,
                config.intake().total());
        PeriodService periods = new PeriodService(catalog, regions, store, new ApprovalStore(db, clock), reviews, reference);
        HttpDependencies deps = new HttpDependencies(catalog, regions, tokens, submissions, store, reference, new TemplateCache(), limits,
                periods, clock, java.time.Duration.ofDays(config.deadlineDays()), config.publicUrl(),
                new QuarterWorkbooks(periods, regions, clock), config.corsOrigins(), config.tls(),
                () -> db.writeTrouble(minFreeBytes(limits)), config.intake(), reviews, oidc,
                goalbook.sources.ScbReference.load(config.templatesDir(), config.scbUrl(), java.time.Duration.ofSeconds(30), clock, reference),
                goalbook.notices.Notices.start(db, notices, regions, periods, clock, java.time.Duration.ofDays(config.deadlineDays()),
                        config.publicUrl()));
        RunningServer app = HttpApp.start(deps, config.host(), config.port());
        if (config.demoMode()) {
            LOG.warn("DEMO MODE: no GOALBOOK_TOKENS_FILE set; listening on loopback only ({}:{}) with the demo tokens of the README",
                    config.host(), app.port());
        } else {
            LOG.info("Goalbook listening on {}:{}", config.host(), app.port());
        }
        if (config.tls() != null) {
            LOG.info("HTTPS on {}:{} with {}", config.host(), app.tlsPort(), config.tls().keystore());
        }
        LOG.info("Structures: {}; regions: {}; database: {}", catalog.all().stream().map(s -> s.id() + "@" + s.revision()).toList(),
                regions.all().size(), config.dbUrl());
        return app;
    }
}
