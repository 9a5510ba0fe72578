package goalbook.cli;

import goalbook.App;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code java -jar goalbook.jar check FILE}: what a controller runs before deploying an edited structure. */
class CheckCommandTest {

    private static String run(int expectedExit, String... args) {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            assertEquals(expectedExit, new CommandLine(new App()).execute(args));
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void check_shippedStructure_isOk() {
        String out = run(0, "check", "templates/structures/almi-2021.yaml");
        assertTrue(out.startsWith("OK  templates/structures/almi-2021.yaml: almi-2021 (7 areas, 12 goals"), out);
    }

    @Test
    void check_brokenStructure_listsEveryProblemAndFails(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("templates/structures/almi-2021.yaml"))
                .replace("boardQuarters: [2, 4]\n        metric: \"kunder_tidiga_skeden / unika_kunder\"",
                        "boardQuarters: [2, 5]\n        metric: \"kunder_tidiga_skeden / unika_kunde\"")
                .replace("  nps_kritiker:", "  nps1:");
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, yaml);
        String out = run(1, "check", broken.toString());
        assertTrue(out.contains("broken.yaml: areas[1].goals[0].boardQuarters: quarter 5 is outside 1–4"), out);
        assertTrue(out.contains("broken.yaml: areas[1].goals[0].metric: unknown measure 'unika_kunde'"), out);
        assertTrue(out.contains("broken.yaml: measures.nps1: id 'nps1' looks like a cell reference"), out);
        assertTrue(out.contains("unknown measure 'nps_kritiker'"), out);
    }
}
