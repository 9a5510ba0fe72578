package goalbook.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.SizeUnit;
import io.javalin.json.JavalinJackson;

/** Builds the Javalin app from its dependencies; tests start it on port 0. */
public final class HttpApp {
    private HttpApp() {}

    /** Starts the API on {@code host}:{@code port} (0 picks a free port). */
    public static RunningServer start(HttpDependencies deps, String host, int port) {
        Javalin app = Javalin.create(config -> configure(config, deps, host)).start(host, port);
        return new RunningServer() {
            @Override
            public int port() {
                return app.port();
            }

            @Override
            public int tlsPort() {
                return Https.localPort(app.jettyServer().server());
            }

            @Override
            public java.util.Set<String> routes() {
                java.util.Set<String> out = new java.util.TreeSet<>();
                app.unsafe.internalRouter.allHttpHandlers().forEach(e -> out.add(e.endpoint.method.name() + " " + e.endpoint.path));
                return out;
            }

            @Override
            public void stop() {
                app.stop();
                deps.notices().close();
            }
        };
    }

    static ObjectMapper json() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    private static void configure(JavalinConfig config, HttpDependencies deps, String host) {
        HeadAsGet.register(config);
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.jsonMapper(new JavalinJackson(json(), false));
        config.http.maxRequestSize = deps.limits().maxBytes() + 64 * 1024;
        config.jetty.multipartConfig.maxFileSize(deps.limits().maxBytes(), SizeUnit.BYTES);
        config.jetty.multipartConfig.maxTotalRequestSize(deps.limits().maxBytes() + 64 * 1024, SizeUnit.BYTES);
        config.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, deps.limits().maxBytes() + 1), SizeUnit.BYTES);

        Authentication auth = new Authentication(deps.tokens());
        Intake intake = new Intake(deps.intake(), config.http.maxRequestSize);
        SecurityHeaders.register(config, deps.corsOrigins());
        if (deps.tls() != null) {
            config.jetty.addConnector((server, http) -> Https.connector(server, http, deps.tls(), host));
        }
        // Bounded request headers and idle connections, so slow or oversized clients cannot hold threads.
        config.jetty.modifyHttpConfiguration(http -> http.setRequestHeaderSize(16 * 1024));
        HeadDeadline heads = new HeadDeadline(deps.intake().headDeadline());
        config.jetty.modifyServer(server -> server.addEventListener(new org.eclipse.jetty.util.component.LifeCycle.Listener() {
            @Override
            public void lifeCycleStarting(org.eclipse.jetty.util.component.LifeCycle event) {
                for (org.eclipse.jetty.server.Connector c : server.getConnectors()) {
                    if (c instanceof org.eclipse.jetty.server.AbstractConnector a) {
                        a.setIdleTimeout(30_000);
                        a.addBean(heads);
                    }
                }
                heads.start();
            }

            @Override
            public void lifeCycleStopped(org.eclipse.jetty.util.component.LifeCycle event) {
                heads.stop();
            }
        }));
        config.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrorPages()));
        config.routes.before("/api/*", auth::authenticate);
        // a load balancer takes an instance out while its database is unreachable or cannot take a write
        java.util.function.Supplier<java.util.Optional<String>> writeTrouble = deps.databaseTrouble();
        new HealthRoute(() -> deps.store().databaseReachable() ? writeTrouble.get() : java.util.Optional.of("database unreachable"),
                intake::inFlight).register(config);
        ProblemJson.register(config);
        StructureRoutes.register(config, deps.catalog(), deps.regions());
        new TemplateRoutes(deps.catalog(), deps.regions(), deps.reference(), deps.templates()).register(config);
        new SubmissionRoutes(deps.submissions(), deps.store(), deps.reviews(), deps.regions(), deps.limits().maxBytes(), intake).register(config);
        new AddinRoutes(deps.publicBaseUrl(), deps.oidc()).register(config);
        // The browser page is the task pane outside Excel.
        config.routes.get("/", ctx -> ctx.redirect("/addin/taskpane.html"));
        new BoardRoutes(deps.quarterWorkbooks(), deps.periods(), deps.regions(), deps.catalog()).register(config);
        new PeriodRoutes(deps.periods(), deps.catalog(), deps.clock(), deps.deadlineAfterQuarterEnd(), intake, deps.notices()).register(config);
        new NoticeRoutes(deps.notices()).register(config);
        new ReferenceRoutes(deps.catalog(), deps.reference(), deps.limits(), intake).register(config);
        new ReferenceFetchRoutes(deps.catalog(), deps.scb()).register(config);
        new WhoAmIRoutes(deps.regions(), deps.clock()).register(config);
        new ResultsRoutes(new goalbook.periods.QuarterResults(deps.periods(), deps.regions()), deps.periods(), deps.catalog()).register(config);
        new DiffRoutes(deps.store(), deps.regions()).register(config);
        new BudgetRoutes(deps.store().budgets(), deps.regions(), intake).register(config);
        new ReviewRoutes(deps.reviews(), deps.store(), deps.regions(), deps.catalog(), intake).register(config);
        OpenApiRoute.register(config);
    }
}
