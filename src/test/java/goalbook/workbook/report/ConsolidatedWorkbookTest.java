package goalbook.workbook.report;

import goalbook.workbook.Headline;
import goalbook.workbook.report.BoardFixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.GoalResult;
import goalbook.goals.Goal;
import goalbook.goals.Region;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The consolidated workbook read back from its bytes: matrix, group row, sources, gaps, trend and sheets. */
class ConsolidatedWorkbookTest {

    static XSSFWorkbook render(BoardFixtures f, List<TrendPoint> trend) throws Exception {
        byte[] bytes = new ConsolidatedWorkbook().render(f.s, f.period, f.c, f.regions, f.sources, trend, BoardFixtures.GENERATED);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void render_sheets_inOrder() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), List.of())) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Översikt", "Matris", "Index", "Trend", "Brister", "Källor", "Målstruktur"), names);
        }
    }

    @Test
    void matrix_q2_hasDueGoalsAndSixteenRegionsAndGroupRow() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        try (XSSFWorkbook wb = render(f, List.of())) {
            XSSFSheet m = wb.getSheet("Matris");
            int header = row(m, "Region");
            XSSFRow h = m.getRow(header);
            List<String> goals = new ArrayList<>();
            for (int c = 1; c < h.getLastCellNum(); c++) {
                goals.add(h.getCell(c).getStringCellValue());
            }
            assertEquals(List.of("3. Andel unika kunder i tidiga skeden", "4. Andel kvinnor av unika kunder",
                    "5. Andel utländsk bakgrund av unika kunder", "6. Avkastning lån rullande 36 månader", "7. Utbetalda lån",
                    "8. Avslutade affärsutvecklingsinsatser", "9. Kostnad/insats",
                    "11. God kundkännedom genom KYC i Almis aktiva affärsrelationer", "12. NPS Kundföretag"), goals);
            List<String> rows = new ArrayList<>();
            for (int r = header + 2; r <= header + 18; r++) {
                rows.add(m.getRow(r).getCell(0).getStringCellValue());
            }
            List<String> expected = new ArrayList<>(f.regions.stream().map(Region::name).toList());
            expected.add("Koncernen");
            assertEquals(expected, rows);
        }
    }

    @Test
    void matrix_groupRow_valuesEqualConsolidatedGroup() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        try (XSSFWorkbook wb = render(f, List.of())) {
            XSSFSheet m = wb.getSheet("Matris");
            XSSFRow group = m.getRow(row(m, "Koncernen"));
            List<Goal> due = f.s.goalsDueIn(2);
            for (int i = 0; i < due.size(); i++) {
                GoalResult g = Headline.result(f.c.group(), due.get(i).id());
                XSSFCell cell = group.getCell(1 + i);
                assertEquals(CellType.NUMERIC, cell.getCellType(), due.get(i).id());
                assertEquals(g.value().doubleValue(), cell.getNumericCellValue(), 0.0, due.get(i).id());
            }
            // goal 3: Almi Kalmar's invalid count leaves 14 regions in the group share, and Nord's 60 pulls it down
            GoalResult share = Headline.result(f.c.group(), "andel_tidiga_skeden");
            assertEquals((13 * 85 + 60) / 1400.0, group.getCell(1).getNumericCellValue(), 1e-12);
            assertEquals(Integer.valueOf(14), f.c.coverage().get("kunder_tidiga_skeden"));
            assertNotNull(share);
        }
    }

    @Test
    void matrix_cells_filledByStatusWithNote() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        try (XSSFWorkbook wb = render(f, List.of())) {
            XSSFSheet m = wb.getSheet("Matris");
            XSSFCell nord = m.getRow(row(m, "Almi Nord")).getCell(1);
            XSSFCell mitt = m.getRow(row(m, "Almi Mitt")).getCell(1);
            XSSFCell gotland = m.getRow(row(m, "Almi Gotland")).getCell(1);
            assertEquals("FFC7CE", nord.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2));
            assertEquals("C6EFCE", mitt.getCellStyle().getFillForegroundColorColor().getARGBHex().substring(2));
            assertEquals("Ej inlämnad", gotland.getStringCellValue(), "no submission is not a missing figure");
            assertTrue(nord.getCellComment().getString().getString().contains("Ej uppfyllt"));
            assertEquals("60,0 %", new DataFormatter(java.util.Locale.ROOT).formatCellValue(nord).replace('.', ','));
        }
    }

    @Test
    void matrix_coverageNote_namesRegionsLeftOut() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), List.of())) {
            String text = text(wb.getSheet("Matris"));
            assertTrue(text.contains("Koncernvärdena bygger på de 15 av 16 regioner som har lämnat in. Ej inlämnad (1): Almi Gotland."), text);
            assertTrue(text.contains("Mål 3 Andel unika kunder i tidiga skeden: 14 av 16 regioner – värdet från Almi Kalmar är ogiltigt"), text);
            assertTrue(text.contains("Koncernens antal unika kunder är summan"), text);
        }
    }

    @Test
    void sources_listVersionsAndSha256_noSubmissionForMissingRegion() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        try (XSSFWorkbook wb = render(f, List.of())) {
            XSSFSheet k = wb.getSheet("Källor");
            XSSFRow kalmar = k.getRow(row(k, "Almi Kalmar"));
            SourceRow src = f.sources.stream().filter(s -> s.region().equals("kalmar")).findFirst().orElseThrow();
            assertEquals("3", kalmar.getCell(1).getStringCellValue());
            assertEquals(src.sha256(), kalmar.getCell(2).getStringCellValue());
            assertEquals("Nej – används, flaggad", kalmar.getCell(5).getStringCellValue());
            assertEquals("Ej inlämnad", k.getRow(row(k, "Almi Gotland")).getCell(1).getStringCellValue());
            assertEquals(16, countRowsStartingWith(k, "Almi "));
        }
    }

    @Test
    void overview_completenessAndGeneratedTime() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), List.of())) {
            String text = text(wb.getSheet("Översikt"));
            assertTrue(text.contains("15 av 16 regioner har lämnat in"), text);
            assertTrue(text.contains("2024-07-15 14:30"), text);
        }
    }

    @Test
    void gaps_listMissingInvalidAndCommentMissingInSwedish() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), List.of())) {
            XSSFSheet b = wb.getSheet("Brister");
            assertEquals("Ej inlämnad", b.getRow(row(b, "Almi Gotland")).getCell(1).getStringCellValue());
            assertEquals("Ogiltig", b.getRow(row(b, "Almi Kalmar")).getCell(1).getStringCellValue());
            assertEquals("Kommentar saknas", b.getRow(row(b, "Almi Nord")).getCell(1).getStringCellValue());
        }
    }

    @Test
    void trend_twoEarlierQuarters_tableAndOneChartPerGoal() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        try (XSSFWorkbook wb = render(f, f.trend())) {
            XSSFSheet t = wb.getSheet("Trend");
            XSSFRow header = t.getRow(row(t, "Mål"));
            assertEquals("2023-Q4", header.getCell(1).getStringCellValue());
            assertEquals("2024-Q2", header.getCell(3).getStringCellValue());
            assertEquals(9, t.getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void trend_noEarlierQuarters_noteInsteadOfChart() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(1), List.of())) {
            XSSFSheet t = wb.getSheet("Trend");
            assertTrue(text(t).contains("färre än två kvartal"));
            assertTrue(t.getDrawingPatriarch() == null || t.getDrawingPatriarch().getCharts().isEmpty());
        }
    }

    @Test
    void index_groupAndRegionColumns_withSubIndicesAndWeights() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        try (XSSFWorkbook wb = render(f, List.of())) {
            XSSFSheet ix = wb.getSheet("Index");
            XSSFRow head = ix.getRow(row(ix, "Index / delindex"));
            assertEquals("Koncernen", head.getCell(2).getStringCellValue());
            assertEquals("Nord", head.getCell(3).getStringCellValue());
            XSSFRow women = ix.getRow(row(ix, "   Delindex kvinnor"));
            assertEquals("1", women.getCell(1).getStringCellValue());
            // 40 of 100 women-led against a comparison share of 30 %
            assertEquals(100 * 0.40 / 0.30, women.getCell(4).getNumericCellValue(), 1e-9);
        }
    }

    @Test
    void render_sameInput_sameBytes() {
        BoardFixtures f = new BoardFixtures(4);
        ConsolidatedWorkbook w = new ConsolidatedWorkbook();
        byte[] a = w.render(f.s, f.period, f.c, f.regions, f.sources, f.trend(), BoardFixtures.GENERATED);
        byte[] b = w.render(f.s, f.period, f.c, f.regions, f.sources, f.trend(), BoardFixtures.GENERATED);
        assertTrue(java.util.Arrays.equals(a, b));
    }

    /** The first row whose column A is exactly {@code text}. */
    static int row(XSSFSheet sheet, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row '" + text + "' on " + sheet.getSheetName());
    }

    static int countRowsStartingWith(XSSFSheet sheet, String prefix) {
        int n = 0;
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().startsWith(prefix)) {
                n++;
            }
        }
        return n;
    }

    /** Every string cell of the sheet, one a line. */
    static String text(XSSFSheet sheet) {
        StringBuilder out = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                out.append(c.getStringCellValue()).append('\n');
            }
        }));
        return out.toString();
    }
}
