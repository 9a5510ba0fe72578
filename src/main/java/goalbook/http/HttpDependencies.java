package goalbook.http;

import goalbook.access.TokenRegistry;
import goalbook.goals.Regions;
import goalbook.goals.StructureCatalog;
import java.util.List;

/** Everything the HTTP layer needs, wired by {@code App} or a test. */
public record HttpDependencies(
        StructureCatalog catalog,
        Regions regions,
        TokenRegistry tokens,
        long maxUploadBytes,
        List<RouteGroup> extraRoutes) {
}
