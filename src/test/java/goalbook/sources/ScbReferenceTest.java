package goalbook.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.goals.GoalStructure;
import goalbook.goals.TestStructures;
import goalbook.storage.Actor;
import goalbook.storage.Database;
import goalbook.submissions.ReferenceDataService;
import goalbook.storage.ReferenceStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped mapping file and regions against an SCB-shaped MockWebServer, saving into a real store. */
class ScbReferenceTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @StartStop
    final MockWebServer server = new MockWebServer();

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T08:00:00Z"), ZoneOffset.UTC);
    private final GoalStructure s = TestStructures.structureB();
    private Database db;
    private ReferenceDataService reference;
    private ScbReference scb;
    /** Tables that answer 500; counties left out of every answer. */
    private final Set<String> broken = new java.util.HashSet<>();
    private final Set<String> missing = new java.util.HashSet<>();

    @BeforeEach
    void setUp() {
        db = Database.open(Database.defaultUrl(dir));
        reference = new ReferenceDataService(new ReferenceStore(db, clock), TestStructures.regions());
        scb = ScbReference.load(TestStructures.templatesDir(), server.url("/api/v2").toString(), Duration.ofSeconds(5), clock, reference);
        server.setDispatcher(ScbAnswers.dispatcher(broken, missing));
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void fetch_allAnswer_savesOneVersionWithProvenance() throws Exception {
        int version = scb.fetch(s, 2024, Actor.named("controller"), false);

        assertEquals(1, version);
        assertEquals(1, reference.latestVersion(s, 2024));
        var data = reference.latest(s, 2024).orElseThrow();
        assertEquals(new BigDecimal("0.19"), data.levelsOf("gotland").get("jmf_andel_kvinnor").year());
        // nord = counties 24 and 25: (34 + 35) / 200
        assertEquals(new BigDecimal("0.345"), data.levelsOf("nord").get("jmf_andel_kvinnor").year());
        // growth: (19 / 100) × 100 − 100
        assertEquals(new BigDecimal("-81"), data.levelsOf("gotland").get("jmf_omsattningstillvaxt").year());
        // the group: the 21 counties of all regions, (Σ codes + 21 × 10) / 2 100 = (281 + 210) / 2 100
        assertEquals(new BigDecimal("0.2338095238095238"), data.levelsOf(null).get("jmf_andel_kvinnor").year());
        assertEquals(new BigDecimal("0.2338095238095238"), data.group().get("jmf_andel_kvinnor").year());
        JsonNode p = MAPPER.readTree(reference.versionsNewestFirst(s, 2024).get(0).json()).get("provenance");
        assertEquals("scb", p.get("source").asText());
        JsonNode m = p.get("measures").get("jmf_andel_kvinnor");
        assertEquals("TAB_SMF_SNABB", m.get("table").asText());
        assertEquals("2025-03-01T08:00:00Z", m.get("fetchedAt").asText());
        assertEquals(64, m.get("sha256").asText().length());
        assertEquals("2024", m.get("query").get("selection").get(2).get("valueCodes").get(0).asText());
        assertEquals(4, server.getRequestCount());
    }

    @Test
    void workbook_afterFetch_hasKallorSheetWithProvenanceAndReadsBack() throws Exception {
        scb.fetch(s, 2024, Actor.named("controller"), false);
        byte[] xlsx = reference.workbook(s, 2024);
        java.nio.file.Files.write(Path.of("target", "scb-referensdata.xlsx"), xlsx); // kept for a look in LibreOffice
        String sha = MAPPER.readTree(reference.versionsNewestFirst(s, 2024).get(0).json())
                .at("/provenance/measures/jmf_andel_kvinnor/sha256").asText();
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var sheet = wb.getSheet("Källor");
            assertEquals("Mått", sheet.getRow(3).getCell(0).getStringCellValue());
            List<String> tables = new ArrayList<>();
            List<String> shas = new ArrayList<>();
            for (int r = 4; r <= sheet.getLastRowNum(); r++) {
                tables.add(sheet.getRow(r).getCell(2).getStringCellValue());
                shas.add(sheet.getRow(r).getCell(4).getStringCellValue());
                assertEquals("SCB", sheet.getRow(r).getCell(1).getStringCellValue());
            }
            assertEquals(4, tables.size());
            assertTrue(tables.contains("TAB_SMF_SNABB"));
            assertTrue(shas.contains(sha));
        }
        // the controller can still send the workbook back: the extra sheet is no obstacle
        assertEquals(2, reference.putWorkbook(s, 2024, xlsx, goalbook.workbook.intake.UploadLimits.DEFAULT, "controller"));
    }

    @Test
    void fetch_oneTableAnswers500_savesNothingAndNamesTheMeasures() {
        broken.add("TAB_SMF_SNABB");

        FetchFailedException e = assertThrows(FetchFailedException.class, () -> scb.fetch(s, 2024, Actor.named("controller"), false));

        assertEquals(0, reference.latestVersion(s, 2024));
        assertEquals(List.of("jmf_andel_kvinnor", "jmf_andel_utlandsk"), e.failures().stream().map(FetchFailure::measure).toList());
        assertTrue(e.failures().get(0).sv().contains("HTTP 500"));
    }

    @Test
    void fetch_regionMissingFromAnswers_savesNothingAndNamesRegion() {
        reference.put(s, 2024, "{\"regions\":{\"nord\":{\"jmf_andel_kvinnor\":0.3}}}", "controller");
        missing.add("09");

        FetchFailedException e = assertThrows(FetchFailedException.class, () -> scb.fetch(s, 2024, Actor.named("controller"), true));

        assertEquals(1, reference.latestVersion(s, 2024));
        assertEquals(8, e.failures().size(), "gotland's four measures, and the group's, which sums every county");
        assertEquals(Set.of("gotland", "Koncernen"), e.failures().stream().map(FetchFailure::region).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void preview_valueTypedByHand_isMarkedAndNotOverwrittenUnlessAsked() {
        reference.put(s, 2024, "{\"regions\":{\"nord\":{\"jmf_andel_kvinnor\":0.3}}}", "controller");

        FetchPreview preview = scb.preview(s, 2024);
        PreviewRow nord = preview.rows().stream().filter(r -> r.region().equals("nord") && r.measure().equals("jmf_andel_kvinnor")).findFirst().orElseThrow();
        assertTrue(nord.handTyped());
        assertEquals(new BigDecimal("0.3"), nord.current());
        assertEquals(new BigDecimal("0.345"), nord.fetched());
        assertEquals("TAB_SMF_SNABB", nord.table());
        assertTrue(nord.query().contains("\"valueCodes\":[\"01\",\"03\""), nord.query());
        assertTrue(preview.failures().isEmpty());
        assertEquals(1, reference.latestVersion(s, 2024), "a preview saves nothing");

        FetchFailedException e = assertThrows(FetchFailedException.class, () -> scb.fetch(s, 2024, Actor.named("controller"), false));
        assertTrue(e.handTyped());
        assertEquals("nord", e.failures().get(0).region());
        assertEquals(1, reference.latestVersion(s, 2024));

        assertEquals(2, scb.fetch(s, 2024, Actor.named("controller"), true));
        assertFalse(scb.preview(s, 2024).rows().stream().anyMatch(PreviewRow::handTyped), "fetched values are not typed by hand");
    }
}
