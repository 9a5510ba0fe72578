package goalbook.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Scans the imports under {@code src/main/java}: only {@code http} imports Javalin, only
 * {@code workbook} imports POI, and the domain packages import neither, nor {@code java.sql}.
 */
class PackageBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/goalbook");
    private static final Set<String> DOMAIN = Set.of("goals", "evaluation", "consolidation", "reference");
    private static final Map<String, String> ONLY_IN = Map.of("io.javalin", "http", "org.apache.poi", "workbook");

    @Test
    void imports_respectPackageBoundaries() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String pkg = MAIN.relativize(f).getNameCount() > 1 ? MAIN.relativize(f).getName(0).toString() : "";
                for (String line : Files.readAllLines(f)) {
                    String imp = importOf(line);
                    if (imp == null) {
                        continue;
                    }
                    ONLY_IN.forEach((prefix, owner) -> {
                        if (imp.startsWith(prefix) && !pkg.equals(owner)) {
                            violations.add(f + " imports " + imp + " (only " + owner + " may)");
                        }
                    });
                    if (DOMAIN.contains(pkg) && imp.startsWith("java.sql")) {
                        violations.add(f + " imports " + imp + " (domain code stays free of SQL)");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Swedish wording is JDK only: imports and fully qualified names reach only java.* and the goals records. */
    @Test
    void text_usesOnlyTheJdkAndGoals() throws IOException {
        List<String> violations = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN.resolve("text"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(f);
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:org|com|io|javax|goalbook)\\.[a-z][\\w.]*").matcher(code);
                while (m.find()) {
                    String name = m.group();
                    if (!name.startsWith("goalbook.goals") && !name.startsWith("goalbook.text")) {
                        violations.add(f + " uses " + name);
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    @Test
    void scan_seesTheSourceTree() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            assertTrue(files.filter(p -> p.toString().endsWith(".java")).count() > 20, "the boundary scan must find the sources");
        }
        assertTrue(importOf("import org.apache.poi.ss.usermodel.Cell;").startsWith("org.apache.poi"));
        assertTrue(importOf("import static io.javalin.apibuilder.ApiBuilder.get;").startsWith("io.javalin"));
    }

    /** The imported name of an import line (static or not), or null for other lines. */
    static String importOf(String line) {
        String t = line.trim();
        if (!t.startsWith("import ")) {
            return null;
        }
        t = t.substring(7).trim();
        if (t.startsWith("static ")) {
            t = t.substring(7).trim();
        }
        return t.endsWith(";") ? t.substring(0, t.length() - 1) : t;
    }
}
