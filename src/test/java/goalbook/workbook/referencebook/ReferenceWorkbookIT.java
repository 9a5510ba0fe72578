package goalbook.workbook.referencebook;

import goalbook.workbook.Filling;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.goals.GoalStructure;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import goalbook.reference.ReferenceData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference workbook in real tools: LibreOffice prints it and keeps names and identity on save; so does openpyxl. */
@Tag("integration")
class ReferenceWorkbookIT {

    private final GoalStructure b = TestStructures.structureB();
    private final List<Region> regions = TestStructures.regions().all();
    private final ReferenceWorkbook workbook = new ReferenceWorkbook();

    @TempDir
    Path dir;

    private byte[] filled() throws IOException {
        byte[] empty = workbook.render(b, 2024, regions, ReferenceData.empty(b.id(), 2024));
        return Filling.fill(empty, Map.of(
                "gb_ref_nord_plan_utbetalda_lan_year", 1_000_000.0,
                "gb_ref_nord_plan_avslutade_insatser_q2", 18.0,
                "gb_ref_mitt_jmf_andel_kvinnor_year", 0.345,
                "gb_ref_koncernen_engagemangsindex_year", 86.0));
    }

    @Test
    void soffice_convertsToNonEmptyPdf() throws Exception {
        Path in = Files.write(dir.resolve("referensdata.xlsx"), filled());
        Path out = Files.createDirectories(dir.resolve("pdf"));
        assertEquals(0, soffice("pdf", in, out));
        Path pdf = out.resolve("referensdata.pdf");
        assertTrue(Files.size(pdf) > 1000, "PDF size " + Files.size(pdf));
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII).startsWith("%PDF"));
    }

    @Test
    void sofficeSaveAsXlsx_keepsNamesIdentityAndValues() throws Exception {
        byte[] before = filled();
        Path in = Files.write(dir.resolve("referensdata.xlsx"), before);
        Path out = Files.createDirectories(dir.resolve("saved"));
        assertEquals(0, soffice("xlsx:Calc MS Excel 2007 XML", in, out));
        byte[] after = Files.readAllBytes(out.resolve("referensdata.xlsx"));
        assertSameJson(before, after);
    }

    @Test
    void openpyxlSave_keepsNamesIdentityAndValues() throws Exception {
        byte[] before = filled();
        Path in = Files.write(dir.resolve("in.xlsx"), before);
        Path out = dir.resolve("out.xlsx");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c",
                "import openpyxl,sys; wb=openpyxl.load_workbook(sys.argv[1]); wb.save(sys.argv[2])", in.toString(), out.toString())
                .redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "openpyxl timed out");
        assertEquals(0, p.exitValue(), log);
        assertSameJson(before, Files.readAllBytes(out));
    }

    private void assertSameJson(byte[] before, byte[] after) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        var expected = mapper.readTree(workbook.readAsJson(before, b, 2024, regions));
        assertEquals(1_000_000, expected.at("/regions/nord/plan_utbetalda_lan/year").asInt());
        assertEquals(expected, mapper.readTree(workbook.readAsJson(after, b, 2024, regions)));
    }

    /** Runs headless LibreOffice with its own profile, so parallel runs do not share a lock; fails when it is missing. */
    private int soffice(String convertTo, Path in, Path outDir) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("soffice", "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", convertTo, "--outdir", outDir.toString(), in.toString()));
        Process p;
        try {
            p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("LibreOffice (soffice) is required for this test but could not be started: " + e.getMessage(), e);
        }
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "soffice timed out: " + log);
        assertTrue(Files.list(outDir).findAny().isPresent(), "soffice wrote nothing: " + log);
        return p.exitValue();
    }
}
