package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's commands, tokens and endpoints are the real ones, so the README cannot rot. */
class ReadmeTest {
    private static final String README = read();

    private static String read() {
        try {
            return Files.readString(Path.of("README.md"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void readme_namesTheRunAndTestCommands() throws Exception {
        assertTrue(README.contains("mvn -q package -DskipTests && java -jar target/goalbook.jar"));
        assertTrue(README.contains("\nmvn verify\n"));
        assertTrue(README.contains("mvn verify -Pintegration"));
        assertTrue(Files.readString(Path.of(".ci/run")).contains("mvn -B -ntp verify -Pintegration"), "CI runs the README's test command");
        assertTrue(README.contains("mvn -q -Pbench test-compile exec:exec"));
    }

    @Test
    void readme_listsTheDemoTokenOfEveryRegion() {
        List<String> missing = TestStructures.regions().all().stream().map(Region::id).filter(id -> !README.contains("`demo-" + id + "`")).toList();
        assertEquals(List.of(), missing);
        assertTrue(README.contains("`demo-controller`") && README.contains("`demo-board`"));
    }

    @Test
    void readme_documentsEveryApiRoute() {
        String normalised = README.replace("{year}-Q{n}", "{period}");
        List<String> undocumented = RouteScan.routes().stream().filter(r -> r.contains(" /api/") && !r.startsWith("OPTIONS"))
                .filter(r -> !normalised.contains(r.substring(r.indexOf(' ') + 1))).toList();
        assertEquals(List.of(), undocumented);
    }

    @Test
    void readme_documentsEverySetting() throws Exception {
        String config = Files.readString(Path.of("src/main/java/goalbook/Config.java"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"(GOALBOOK_[A-Z_]+)\"").matcher(config);
        while (m.find()) {
            assertTrue(README.contains("`" + m.group(1) + "`"), m.group(1) + " is not in the README");
        }
    }
}
