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

    /** Every curl command (the quick start and the controller's walkthrough) calls a route that exists, with its method. */
    @Test
    void readme_curlCommandsCallRealRoutes() {
        List<java.util.regex.Pattern> routes = RouteScan.routes().stream()
                .map(r -> java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(r).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q")))
                .toList();
        List<String> calls = curlCalls();
        assertTrue(calls.size() >= 20, "the walkthrough's commands are found: " + calls);
        List<String> unknown = calls.stream().filter(c -> routes.stream().noneMatch(r -> r.matcher(c).matches())).toList();
        assertEquals(List.of(), unknown);
    }

    /** e.g. "PUT /api/reference/almi-2021/2024" for each curl command, continuation lines joined. */
    static List<String> curlCalls() {
        java.util.regex.Pattern url = java.util.regex.Pattern.compile("(?:\\$GB|http://127\\.0\\.0\\.1:7070)(/api/[^\\s'\"]+)");
        java.util.regex.Pattern method = java.util.regex.Pattern.compile("-X (GET|PUT|POST|DELETE)");
        List<String> calls = new java.util.ArrayList<>();
        for (String line : README.replace("\\\n", " ").split("\n")) {
            java.util.regex.Matcher u = url.matcher(line);
            if (!line.stripLeading().startsWith("curl ") || !u.find()) {
                continue;
            }
            java.util.regex.Matcher m = method.matcher(line);
            String verb = m.find() ? m.group(1) : line.contains(" -F ") || line.contains("--data") ? "POST" : "GET";
            calls.add(verb + " " + u.group(1));
        }
        return calls;
    }

    /** The reference-data example is what the walkthrough PUTs; it must pass the same checks as a real PUT. */
    @Test
    void readme_referenceDataExample_isAcceptedForStructureB() {
        String section = README.substring(README.indexOf("### Reference data"));
        String json = section.substring(section.indexOf("```json\n") + 8, section.indexOf("```", section.indexOf("```json\n") + 8));
        java.util.Set<String> regionIds = new java.util.HashSet<>(TestStructures.regions().all().stream().map(Region::id).toList());
        goalbook.reference.ReferenceData data = goalbook.reference.ReferenceJson.parse(json, TestStructures.structureB(), 2024, regionIds);
        assertEquals(java.util.Set.of("nord", "mitt"), data.regions().keySet());
    }

    /** The structures list is summaries; the example's fields are the API's. */
    @Test
    void readme_structuresListExample_hasTheSummaryFields() throws Exception {
        String section = README.substring(README.indexOf("### The structures list"));
        String json = section.substring(section.indexOf("```json\n") + 8, section.indexOf("```", section.indexOf("```json\n") + 8));
        com.fasterxml.jackson.databind.JsonNode list = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        List<String> fields = java.util.Arrays.stream(Class.forName("goalbook.http.StructureView$Summary").getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertEquals(TestStructures.catalog().all().size(), list.size());
        for (com.fasterxml.jackson.databind.JsonNode s : list) {
            List<String> names = new java.util.ArrayList<>();
            s.fieldNames().forEachRemaining(names::add);
            assertEquals(fields, names);
        }
    }

    /** The status example's per-region fields and the documented timeliness values are the ones the server answers. */
    @Test
    void readme_statusExampleAndTimelinessValues_matchTheServer() throws Exception {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("\\{\"region\":\"nord\"[^}]*}").matcher(README);
        assertTrue(row.find(), "a status row for nord");
        List<String> names = new java.util.ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(row.group()).fieldNames().forEachRemaining(names::add);
        // the API's row (the view of http), whose fields the README documents
        assertEquals(java.util.Arrays.stream(Class.forName("goalbook.http.PeriodStatusView$RegionView").getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList(), names);

        String service = Files.readString(Path.of("src/main/java/goalbook/periods/PeriodService.java"));
        String expression = service.substring(service.indexOf("String timeliness ="), service.indexOf(";", service.indexOf("String timeliness =")));
        java.util.regex.Matcher value = java.util.regex.Pattern.compile("\"([A-Z_]+)\"").matcher(expression);
        List<String> values = new java.util.ArrayList<>();
        while (value.find()) {
            values.add(value.group(1));
        }
        assertEquals(4, values.size(), expression);
        String documented = README.substring(README.indexOf("`timeliness` is one of"));
        documented = documented.substring(0, documented.indexOf("\n\n"));
        for (String v : values) {
            assertTrue(documented.contains("`" + v + "`"), v + " is not documented");
        }
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
