package goalbook.workbook.report;

import goalbook.workbook.report.ConsolidatedWorkbookTest;
import goalbook.workbook.report.ConsolidatedWorkbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The consolidated workbook of a quarter in which 7 of 16 regions submitted, read back: regions
 * that did not submit say "Ej inlämnad", the coverage is said once, and no header is broken inside a word.
 */
class ConsolidatedReadsCleanlyTest {

    private static XSSFWorkbook render(SparseQuarter q) throws Exception {
        byte[] bytes = new ConsolidatedWorkbook().render(q.s, q.period, q.c, q.regions, q.sources, List.of(), BoardFixtures.GENERATED);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    private static XSSFWorkbook render(BoardFixtures f) throws Exception {
        return ConsolidatedWorkbookTest.render(f, List.of());
    }

    @Test
    void matrix_regionThatDidNotSubmit_saysEjInlämnad_neverUppgiftSaknas() throws Exception {
        SparseQuarter q = new SparseQuarter();
        try (XSSFWorkbook wb = render(q)) {
            XSSFSheet m = wb.getSheet("Matris");
            for (String name : q.absent()) {
                XSSFRow row = m.getRow(ConsolidatedWorkbookTest.row(m, name));
                assertEquals("Ej inlämnad", row.getCell(1).getStringCellValue(), name);
                for (XSSFCell c : cells(row)) {
                    assertFalse(text(c).contains("Uppgift saknas"), name + " " + c.getAddress());
                }
            }
        }
    }

    @Test
    void matrix_submittedRegion_withAnInvalidValue_stillSaysUppgiftSaknasForThatGoal() throws Exception {
        try (XSSFWorkbook wb = render(new SparseQuarter())) {
            XSSFSheet m = wb.getSheet("Matris");
            XSSFRow mitt = m.getRow(ConsolidatedWorkbookTest.row(m, "Almi Mitt"));
            assertEquals("Uppgift saknas", mitt.getCell(5).getStringCellValue(), "goal 7, disbursed loans, invalid in Mitt's latest version");
        }
    }

    @Test
    void matrix_coverage_statedOnce_withTheRegionsThatDidNotSubmit() throws Exception {
        SparseQuarter q = new SparseQuarter();
        try (XSSFWorkbook wb = render(q)) {
            List<String> texts = texts(wb.getSheet("Matris"));
            List<String> coverage = texts.stream().filter(t -> t.contains("7 av 16")).toList();
            assertEquals(List.of("Koncernvärdena bygger på de 7 av 16 regioner som har lämnat in. Ej inlämnad (9): "
                    + String.join(", ", q.absent()) + "."), coverage);
            for (String name : q.absent()) {
                assertEquals(1, texts.stream().filter(t -> !t.equals(name) && t.contains(name)).count(), name + " named more than once");
            }
            assertFalse(texts.stream().anyMatch(t -> t.contains("Saknas:")), "no per-measure coverage lines");
        }
    }

    @Test
    void matrix_goalCoveringFewerRegions_oneLineNamingTheInvalidRegion() throws Exception {
        try (XSSFWorkbook wb = render(new SparseQuarter())) {
            List<String> lines = texts(wb.getSheet("Matris")).stream().filter(t -> t.startsWith("Mål ")).toList();
            assertEquals(List.of("Mål 7 Utbetalda lån: 6 av 16 regioner – värdet från Almi Mitt är ogiltigt och räknas inte."), lines);
        }
    }

    @Test
    void matrix_oneRegionMissing_oneEjInlämnadRow_andItsName() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2))) {
            List<String> texts = texts(wb.getSheet("Matris"));
            assertEquals(1, texts.stream().filter(t -> t.equals("Ej inlämnad")).count());
            assertTrue(texts.contains("Koncernvärdena bygger på de 15 av 16 regioner som har lämnat in. Ej inlämnad (1): Almi Gotland."), texts.toString());
        }
    }

    @Test
    void matrix_everyRegionSubmitted_coverageSaysAll_noEjInlämnadRow() throws Exception {
        SparseQuarter q = new SparseQuarter();
        byte[] bytes = new ConsolidatedWorkbook().render(q.s, q.period, allSubmitted(q), q.regions, q.sources, List.of(), BoardFixtures.GENERATED);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            List<String> texts = texts(wb.getSheet("Matris"));
            assertFalse(texts.contains("Ej inlämnad"));
            assertEquals(1, texts.stream().filter(t -> t.contains(" 16 regioner")).count());
            assertTrue(texts.contains("Koncernvärdena bygger på alla 16 regioner."), texts.toString());
        }
    }

    @Test
    void matrixAndIndex_headers_neverBreakInsideAWord() throws Exception {
        try (XSSFWorkbook wb = render(new SparseQuarter())) {
            assertHeadersWhole(wb.getSheet("Matris"), "Region");
            assertHeadersWhole(wb.getSheet("Index"), "Index / delindex");
        }
    }

    @Test
    void matrix_goal8Header_affärsutvecklingsinsatserFitsItsColumn() throws Exception {
        try (XSSFWorkbook wb = render(new SparseQuarter())) {
            XSSFSheet m = wb.getSheet("Matris");
            XSSFRow header = m.getRow(ConsolidatedWorkbookTest.row(m, "Region"));
            XSSFCell goal8 = cells(header).stream().filter(c -> text(c).startsWith("8. ")).findFirst().orElseThrow();
            assertTrue(m.getColumnWidth(goal8.getColumnIndex()) / 256 >= "affärsutvecklingsinsatser".length() + 2);
        }
    }

    @Test
    void index_regionThatDidNotSubmit_headerSaysSo_columnEmpty() throws Exception {
        SparseQuarter q = new SparseQuarter();
        try (XSSFWorkbook wb = render(q)) {
            XSSFSheet ix = wb.getSheet("Index");
            int header = ConsolidatedWorkbookTest.row(ix, "Index / delindex");
            XSSFCell gotland = cells(ix.getRow(header)).stream().filter(c -> text(c).startsWith("Gotland")).findFirst().orElseThrow();
            assertEquals("Gotland (ej inlämnad)", text(gotland));
            for (int r = header + 1; r <= ix.getLastRowNum(); r++) {
                XSSFRow row = ix.getRow(r);
                XSSFCell c = row == null ? null : row.getCell(gotland.getColumnIndex());
                assertTrue(c == null || text(c).isEmpty(), "row " + r + ": " + (c == null ? "" : text(c)));
            }
            XSSFCell nord = cells(ix.getRow(header)).stream().filter(c -> text(c).equals("Nord")).findFirst().orElseThrow();
            int numbers = 0;
            for (int r = header + 1; r <= ix.getLastRowNum(); r++) {
                XSSFCell c = ix.getRow(r) == null ? null : ix.getRow(r).getCell(nord.getColumnIndex());
                numbers += c != null && c.getCellType() == CellType.NUMERIC ? 1 : 0;
            }
            assertTrue(numbers > 0, "a region that submitted has its index values");
        }
    }

    @Test
    void gapsAndSources_regionThatDidNotSubmit_saysEjInlämnad() throws Exception {
        try (XSSFWorkbook wb = render(new SparseQuarter())) {
            XSSFSheet gaps = wb.getSheet("Brister");
            XSSFRow gotland = gaps.getRow(ConsolidatedWorkbookTest.row(gaps, "Almi Gotland"));
            assertEquals("Ej inlämnad", text(gotland.getCell(1)));
            assertEquals("Ingen inlämning för 2024 kvartal 2.", text(gotland.getCell(2)));
            XSSFSheet sources = wb.getSheet("Källor");
            assertEquals("Ej inlämnad", text(sources.getRow(ConsolidatedWorkbookTest.row(sources, "Almi Gotland")).getCell(1)));
        }
    }

    /** Each header's column is wider than its longest word, and its row tall enough for the lines it wraps to. */
    private static void assertHeadersWhole(XSSFSheet sheet, String firstHeader) {
        XSSFRow header = sheet.getRow(ConsolidatedWorkbookTest.row(sheet, firstHeader));
        for (XSSFCell c : cells(header)) {
            String t = text(c);
            double width = sheet.getColumnWidth(c.getColumnIndex()) / 256.0;
            int longest = 0;
            for (String w : t.split("\\s+")) {
                longest = Math.max(longest, w.length());
            }
            assertTrue(longest + 2 <= width, sheet.getSheetName() + " '" + t + "': word of " + longest + " in a column of " + width);
            int atLeastLines = (int) Math.ceil(t.length() / width);
            assertTrue(header.getHeightInPoints() >= atLeastLines * 14,
                    sheet.getSheetName() + " '" + t + "' needs " + atLeastLines + " lines, row is " + header.getHeightInPoints() + " pt");
        }
    }

    /** The sparse quarter as if every region had submitted: no gaps, every measure covered. */
    private static goalbook.consolidation.Consolidation allSubmitted(SparseQuarter q) {
        var c = q.c;
        return new goalbook.consolidation.Consolidation(c.period(), c.structure(), c.regionReports(), c.group(), c.coverage(), List.of(),
                java.util.Map.of(), c.groupInputs(), c.references());
    }

    private static List<XSSFCell> cells(XSSFRow row) {
        List<XSSFCell> out = new ArrayList<>();
        row.forEach(c -> out.add((XSSFCell) c));
        return out;
    }

    private static String text(XSSFCell c) {
        return c.getCellType() == CellType.STRING ? c.getStringCellValue() : "";
    }

    private static List<String> texts(XSSFSheet sheet) {
        List<String> out = new ArrayList<>();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING && !c.getStringCellValue().isEmpty()) {
                out.add(c.getStringCellValue());
            }
        }));
        return out;
    }
}
