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
 * Scans the imports and fully qualified names under {@code src/main/java}: only {@code http} uses
 * Javalin, only {@code workbook} (and its parts) uses POI, but not {@code workbook.intake}, the JDK-only
 * pre-scan; only {@code storage} uses {@code java.sql}; the shared types directly in {@code workbook}
 * are used only under {@code workbook}.
 */
class PackageBoundaryTest {

    private static final Path MAIN = Path.of("src/main/java/goalbook");
    private static final Map<String, String> ONLY_IN = Map.of("io.javalin", "http", "org.apache.poi", "workbook");

    @Test
    void imports_respectPackageBoundaries() throws IOException {
        List<String> violations = new ArrayList<>();
        Set<String> shared = sharedWorkbookTypes();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = MAIN.relativize(f);
                String pkg = rel.getNameCount() > 1 ? rel.getName(0).toString() : "";
                String sub = rel.getNameCount() > 2 ? pkg + "/" + rel.getName(1) : pkg;
                for (String name : namesUsed(Files.readString(f))) {
                    ONLY_IN.forEach((prefix, owner) -> {
                        if (name.startsWith(prefix) && !pkg.equals(owner)) {
                            violations.add(f + " uses " + name + " (only " + owner + " may)");
                        }
                    });
                    if (name.startsWith("java.sql") && !pkg.equals("storage")) {
                        violations.add(f + " uses " + name + " (only storage talks JDBC)");
                    }
                    if (sub.equals("workbook/intake") && name.startsWith("org.apache.poi")) {
                        violations.add(f + " uses " + name + " (the pre-scan reads uploads with the JDK alone)");
                    }
                    if (!pkg.equals("workbook") && shared.contains(name)) {
                        violations.add(f + " uses " + name + " (a shared workbook type, for workbook's parts only)");
                    }
                }
            }
        }
        assertEquals(List.of(), violations);
    }

    /** Every imported name and every fully qualified name in the code, e.g. {@code org.apache.poi.ss.usermodel.Cell}. */
    static Set<String> namesUsed(String code) {
        Set<String> names = new java.util.TreeSet<>();
        for (String line : code.split("\n")) {
            String imp = importOf(line);
            if (imp != null) {
                names.add(imp);
            }
        }
        String body = code.replaceAll("(?m)^\\s*(import|package) .*$", "");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\b(?:org|com|io|java|javax|goalbook)\\.[a-z][\\w]*(?:\\.[\\w]+)+").matcher(body);
        while (m.find()) {
            names.add(m.group());
        }
        return names;
    }

    /** The types directly in {@code goalbook.workbook}, e.g. {@code goalbook.workbook.Styles}. */
    private static Set<String> sharedWorkbookTypes() throws IOException {
        try (Stream<Path> files = Files.list(MAIN.resolve("workbook"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
                    .map(n -> "goalbook.workbook." + n.substring(0, n.length() - 5)).collect(java.util.stream.Collectors.toSet());
        }
    }

    @Test
    void namesUsed_seesImportsAndFullyQualifiedNames() {
        Set<String> names = namesUsed("import java.util.List;\nclass X { java.sql.Connection c; goalbook.workbook.Styles s; }");
        assertTrue(names.contains("java.util.List"), names.toString());
        assertTrue(names.contains("java.sql.Connection"), names.toString());
        assertTrue(names.contains("goalbook.workbook.Styles"), names.toString());
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
