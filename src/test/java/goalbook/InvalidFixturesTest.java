package goalbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.fixtures.ContentRecipe;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fixture in {@code src/test/resources/workbooks/invalid/} submitted for 2024-Q2 nord gets the answer in
 * its {@code NAME.expected.json}, e.g. {@code legacy.xls} → 415 {@code xls_format}, and none gets a 5xx.
 *
 * <p>A fixture is either committed bytes ({@code NAME.xls}, {@code NAME.csv}, ...: refused whole, independent of
 * the structure revision) or a recipe ({@code NAME.fill.json}) applied to the template the server renders now,
 * so content checks always run against the current structure revision. See
 * {@link goalbook.fixtures.InvalidFixtureGenerator}, which writes both.
 */
class InvalidFixturesTest {
    private static final Path DIR = Path.of("src/test/resources/workbooks/invalid");
    private static final String BASE = "/api/periods/2024-Q2/regions/nord";
    private static final String EXPECTED = ".expected.json";
    private static final String RECIPE = ".fill.json";
    private static final ObjectMapper JSON = new ObjectMapper();
    @RegisterExtension
    static final TestServer server = TestServer.perClass();
    private static byte[] template;

    @BeforeAll
    static void start() {
        assertEquals(200, server.put("/api/reference/almi-2021/2024", "demo-controller", SubmissionHttpTest.REFERENCE).statusCode());
        HttpResponse<byte[]> r = server.get(BASE + "/template.xlsx", "demo-nord");
        assertEquals(200, r.statusCode());
        template = r.body();
    }

    /** Each {@code NAME.expected.json} with the one other file named {@code NAME.*}: the fixture. */
    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> all = files.sorted().toList();
            return all.stream().filter(p -> !name(p).endsWith(EXPECTED)).peek(p -> {
                if (!Files.exists(expectedOf(p))) {
                    throw new IllegalStateException(p + " has no " + expectedOf(p).getFileName());
                }
            }).toList().stream();
        }
    }

    @Test
    void folder_holdsAtLeastTwentyFixtures_eachWithItsExpectedAnswer() throws IOException {
        List<Path> fixtures = fixtures().toList();
        assertTrue(fixtures.size() >= 20, "only " + fixtures.size() + " fixtures in " + DIR);
        try (Stream<Path> files = Files.list(DIR)) {
            for (Path e : files.filter(p -> name(p).endsWith(EXPECTED)).toList()) {
                String base = name(e).substring(0, name(e).length() - EXPECTED.length());
                assertEquals(1, fixtures.stream().filter(f -> base(f).equals(base)).count(), "fixtures named " + base + ".*");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void submit_invalidFixture_getsItsExpectedAnswer(Path fixture) throws IOException {
        JsonNode expected = JSON.readTree(expectedOf(fixture).toFile());
        byte[] bytes = name(fixture).endsWith(RECIPE)
                ? ContentRecipe.fill(template, JSON.readTree(fixture.toFile()))
                : Files.readAllBytes(fixture);
        HttpResponse<byte[]> r = server.upload(BASE + "/submissions", "demo-nord", bytes, null);
        String body = new String(r.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(r.statusCode() < 500, name(fixture) + " got a server error " + r.statusCode() + ": " + body);
        JsonNode answer = JSON.readTree(r.body());
        String type = answer.path("type").asText("");
        type = type.substring(type.lastIndexOf('/') + 1);
        if ("stale_structure".equals(type) && !"stale_structure".equals(expected.path("type").asText())) {
            fail(name(fixture) + " carries an old structure revision: regenerate fixtures with InvalidFixtureGenerator. " + body);
        }
        assertEquals(expected.get("status").asInt(), r.statusCode(), name(fixture) + ": " + body);
        if (expected.has("type")) {
            assertEquals(expected.get("type").asText(), type, name(fixture) + ": " + body);
            String sv = answer.path("sv").asText("");
            assertFalse(sv.isBlank(), "no Swedish message: " + body);
            assertTrue(sv.matches("(?s).*[åäöÅÄÖ].*") && !sv.equals(answer.path("title").asText()), "not Swedish: " + sv);
            assertTrue(sv.contains(expected.get("sv_contains").asText()), "sv lacks \"" + expected.get("sv_contains").asText() + "\": " + sv);
        }
        if (expected.has("valid")) {
            assertEquals(expected.get("valid").asBoolean(), answer.path("valid").asBoolean(), name(fixture) + ": " + body);
        }
        for (JsonNode want : expected.path("problems")) {
            boolean found = false;
            for (JsonNode got : answer.path("problems")) {
                found |= matches(want, got);
            }
            assertTrue(found, name(fixture) + ": no problem " + want + " in " + answer.path("problems"));
        }
        // The recipe changes one thing: any other error would mean the fixture no longer isolates its problem.
        for (JsonNode got : answer.path("problems")) {
            if ("ERROR".equals(got.path("severity").asText())) {
                boolean listed = false;
                for (JsonNode want : expected.path("problems")) {
                    listed |= matches(want, got);
                }
                assertTrue(listed, name(fixture) + ": unexpected error " + got);
            }
        }
    }

    /** Every field the expected problem names (code, cell, measure) has the same value in the answer's problem. */
    private static boolean matches(JsonNode want, JsonNode got) {
        for (var it = want.fields(); it.hasNext(); ) {
            var f = it.next();
            if (!f.getValue().asText().equals(got.path(f.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    private static Path expectedOf(Path fixture) {
        return fixture.resolveSibling(base(fixture) + EXPECTED);
    }

    private static String base(Path p) {
        return name(p).substring(0, name(p).indexOf('.'));
    }

    private static String name(Path p) {
        return p.getFileName().toString();
    }
}
