package goalbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Every route the HTTP layer registers, e.g. {@code GET /api/regions}, read from its sources. */
public final class RouteScan {
    private static final Pattern ROUTE = Pattern.compile("config\\.routes\\.(get|post|put|delete|patch|options)\\(\"([^\"]+)\"");

    private RouteScan() {}

    public static Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/java/goalbook/http"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = ROUTE.matcher(Files.readString(f));
                while (m.find()) {
                    routes.add(m.group(1).toUpperCase() + " " + m.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return routes;
    }
}
