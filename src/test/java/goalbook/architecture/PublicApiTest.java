package goalbook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each package's public top-level types, pinned in {@code src/test/resources/goalbook/public-api.txt}:
 * package-private is the default, so widening (or narrowing) a package's surface is a visible,
 * reviewed change to that file. Run with {@code -Dgoalbook.writeApi=true} to rewrite it after a
 * deliberate change.
 */
class PublicApiTest {
    private static final Path MAIN = Path.of("src/main/java");
    private static final Path PINNED = Path.of("src/test/resources/goalbook/public-api.txt");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed|static)\\s+)*(class|record|enum|interface|@interface)\\s+(\\w+)");

    static List<String> publicTypes() throws IOException {
        TreeSet<String> out = new TreeSet<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java") && !p.endsWith("package-info.java")).toList()) {
                Matcher m = PUBLIC_TYPE.matcher(Files.readString(f));
                if (m.find()) {
                    String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.');
                    out.add(pkg + " " + m.group(1) + " " + m.group(2));
                }
            }
        }
        return List.copyOf(out);
    }

    @Test
    void publicTypes_areThePinnedOnes() throws IOException {
        List<String> now = publicTypes();
        if (Boolean.getBoolean("goalbook.writeApi")) {
            Files.write(PINNED, now);
        }
        List<String> pinned = Files.readAllLines(PINNED).stream().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        assertEquals(pinned, now, "the public surface changed: review it, then rewrite " + PINNED + " with -Dgoalbook.writeApi=true");
    }

    @Test
    void scan_findsKnownPublicAndPackagePrivateTypes() throws IOException {
        List<String> now = publicTypes();
        assertTrue(now.contains("goalbook.storage class SubmissionStore"), now.toString());
        assertTrue(now.stream().noneMatch(t -> t.endsWith(" ProblemJson")), "package-private types are not listed");
    }
}
