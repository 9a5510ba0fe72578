package goalbook.workbook.report;

import goalbook.workbook.ExternalTools;
import goalbook.workbook.report.BoardFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** LibreOffice opens both workbooks and prints them to PDF; a missing soffice fails the test. */
@Tag("integration")
class BoardWorkbookIT {

    @TempDir
    Path dir;

    @Test
    void consolidatedWorkbook_convertsToPdf() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        byte[] bytes = new ConsolidatedWorkbook().render(f.s, f.period, f.c, f.regions, f.sources, f.trend(), BoardFixtures.GENERATED);
        assertConverts(bytes, "konsoliderad.xlsx");
    }

    @Test
    void boardWorkbooks_groupDraftAndRegion_convertToPdf() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        BoardWorkbook w = new BoardWorkbook();
        assertConverts(w.render(f.s, f.period, f.c, new BoardScope(null, "Almi koncernen"), true, BoardFixtures.GENERATED, f.sources,
                f.trend(), "Ej godkänd"), "styrelse.xlsx");
        assertConverts(w.render(f.s, f.period, f.c, new BoardScope("nord", "Almi Nord"), false, BoardFixtures.GENERATED, f.sources,
                f.trend(), "Godkänd 2024-07-20 av Eva Ek"), "styrelse-nord.xlsx");
    }

    private void assertConverts(byte[] bytes, String name) throws Exception {
        Path xlsx = Files.write(dir.resolve(name), bytes);
        ExternalTools.Result r = ExternalTools.convert(xlsx, "pdf", dir, dir);
        assertEquals(0, r.exitCode(), r.output());
        Path pdf = dir.resolve(name.replace(".xlsx", ".pdf"));
        assertTrue(Files.exists(pdf), () -> "no PDF: " + r.output());
        assertTrue(Files.size(pdf) > 1000, "PDF is empty");
        assertTrue(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).startsWith("%PDF"));
    }
}
