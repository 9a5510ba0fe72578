package goalbook.workbook.report;

import goalbook.workbook.ExcelText;
import goalbook.workbook.report.BoardFixtures;
import static goalbook.workbook.report.ConsolidatedWorkbookTest.row;
import static goalbook.workbook.report.ConsolidatedWorkbookTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The board workbook read back from its bytes: goals per quarter, charts, draft marking, comments, region scope. */
class BoardWorkbookTest {

    static final BoardScope GROUP = new BoardScope(null, "Almi koncernen");
    static final BoardScope NORD = new BoardScope("nord", "Almi Nord");

    static XSSFWorkbook render(BoardFixtures f, BoardScope scope, boolean draft) throws Exception {
        byte[] bytes = new BoardWorkbook().render(f.s, f.period, f.c, scope, draft, BoardFixtures.GENERATED, f.sources, f.trend(),
                draft ? "Ej godkänd" : "Godkänd 2024-07-20 av Eva Ek");
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @ParameterizedTest
    @CsvSource({"1, '6,7,8,9'", "2, '3,4,5,6,7,8,9,11,12'", "4, '1,2,3,4,5,6,7,8,9,10,11,12'"})
    void goals_perQuarter_exactlyThoseMarkedInTheSeed_oneChartEach(int quarter, String numbers) throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(quarter), GROUP, false)) {
            XSSFSheet goals = wb.getSheet("Mål");
            List<String> shown = new ArrayList<>();
            for (int r = row(goals, "Nr") + 1; r <= goals.getLastRowNum(); r++) {
                XSSFRow row = goals.getRow(r);
                if (row == null || row.getCell(0) == null || row.getCell(0).getStringCellValue().isEmpty()) {
                    break;
                }
                shown.add(row.getCell(0).getStringCellValue());
            }
            assertEquals(List.of(numbers.split(",")), shown);
            assertEquals(shown.size(), wb.getSheet("Diagram").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void sheets_inOrder() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), GROUP, false)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Framsida", "Mål", "Diagram", "Trend", "Kommentarer", "Målstruktur", "Underlag", "Diagramdata"), names);
        }
    }

    @Test
    void draft_everySheetMarkedInCellAndHeaderAndFooter() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), GROUP, true)) {
            for (var s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                assertEquals("UTKAST – ej godkänt", sheet.getRow(0).getCell(0).getStringCellValue(), sheet.getSheetName());
                assertEquals("UTKAST – ej godkänt", sheet.getHeader().getCenter(), sheet.getSheetName());
                assertEquals("UTKAST – ej godkänt", sheet.getFooter().getCenter(), sheet.getSheetName());
            }
        }
    }

    @Test
    void approved_noSheetMarkedDraft() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), GROUP, false)) {
            for (var s : wb) {
                XSSFSheet sheet = (XSSFSheet) s;
                assertFalse(text(sheet).contains("UTKAST"), sheet.getSheetName());
                assertFalse(sheet.getHeader().getCenter().contains("UTKAST"), sheet.getSheetName());
                assertFalse(sheet.getFooter().getCenter().contains("UTKAST"), sheet.getSheetName());
            }
            assertTrue(text(wb.getSheet("Framsida")).contains("Godkänd 2024-07-20 av Eva Ek"));
        }
    }

    @Test
    void comments_listNotMetGoalsWithTheRegionsWords() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), GROUP, false)) {
            XSSFSheet c = wb.getSheet("Kommentarer");
            List<String> lines = new ArrayList<>();
            for (int r = row(c, "Region") + 1; r <= c.getLastRowNum(); r++) {
                XSSFRow row = c.getRow(r);
                lines.add(row.getCell(0).getStringCellValue() + " | " + row.getCell(1).getStringCellValue() + " | "
                        + row.getCell(3).getStringCellValue());
            }
            assertEquals(List.of("Almi Nord | 3. Andel unika kunder i tidiga skeden | " + BoardFixtures.NORD_COMMENT,
                    "Almi Nord | 6. Avkastning lån rullande 36 månader | Ingen kommentar lämnad."), lines);
        }
    }

    @Test
    void comment_startingWithEquals_isStoredAsText() throws Exception {
        BoardFixtures f = new BoardFixtures(2);
        try (XSSFWorkbook wb = render(f, GROUP, false)) {
            var cell = wb.getSheet("Kommentarer").getRow(row(wb.getSheet("Kommentarer"), "Almi Nord")).getCell(3);
            assertEquals(CellType.STRING, cell.getCellType());
            assertTrue(cell.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void groupBoard_breaksEachGoalDownPerRegion() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), GROUP, false)) {
            String goals = text(wb.getSheet("Mål"));
            assertTrue(goals.contains("Per region"));
            assertEquals(9, count(goals, "Almi Gotland\n"));
            XSSFSheet data = wb.getSheet("Diagramdata");
            // heading, header, 14 regions with a value (Gotland has not reported, Kalmar's count is invalid), then the group
            assertEquals("Koncernen", data.getRow(rowStartingWith(data, "3. Andel unika kunder i tidiga skeden") + 16).getCell(0)
                    .getStringCellValue());
        }
    }

    @Test
    void regionBoard_onlyItsOwnFiguresAndComments() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), NORD, false)) {
            for (var s : wb) {
                String t = text((XSSFSheet) s);
                if (!s.getSheetName().equals("Målstruktur")) {
                    assertFalse(t.contains("Almi Mitt") || t.contains("Mitt\n"), s.getSheetName() + " shows another region");
                }
            }
            XSSFSheet goals = wb.getSheet("Mål");
            XSSFRow three = goals.getRow(row(goals, "3"));
            assertEquals(0.60, three.getCell(3).getNumericCellValue(), 1e-12);
            assertEquals("Ej uppfyllt", three.getCell(4).getStringCellValue());
            assertTrue(text(wb.getSheet("Kommentarer")).contains(BoardFixtures.NORD_COMMENT));
            assertEquals(1, ConsolidatedWorkbookTest.countRowsStartingWith(wb.getSheet("Underlag"), "Almi "));
            assertEquals(9, wb.getSheet("Diagram").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void regionBoard_otherRegion_hasNoCommentsOfNord() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), new BoardScope("mitt", "Almi Mitt"), false)) {
            String t = text(wb.getSheet("Kommentarer"));
            assertFalse(t.contains(BoardFixtures.NORD_COMMENT));
            assertTrue(t.contains("Inga mål är ej uppfyllda."));
        }
    }

    @Test
    void trend_chartWhenEarlierQuarters() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(1), GROUP, false)) {
            assertEquals(4, wb.getSheet("Trend").getDrawingPatriarch().getCharts().size());
        }
    }

    @Test
    void chart_constantTarget_drawnAsLineSeries() throws Exception {
        try (XSSFWorkbook wb = render(new BoardFixtures(2), GROUP, false)) {
            var chart = wb.getSheet("Diagram").getDrawingPatriarch().getCharts().get(0);
            assertEquals(2, chart.getChartSeries().size());
            assertTrue(chart.getChartSeries().get(1) instanceof org.apache.poi.xddf.usermodel.chart.XDDFLineChartData);
            assertEquals(15, chart.getChartSeries().get(1).getSeries(0).getCategoryData().getPointCount(), "regions without a value are left out");
            XSSFSheet data = wb.getSheet("Diagramdata");
            assertEquals(80.0, data.getRow(row(data, "Nord")).getCell(3).getNumericCellValue(), 1e-9);
        }
    }

    private static int rowStartingWith(XSSFSheet sheet, String prefix) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            if (row != null && row.getCell(0) != null && row.getCell(0).getCellType() == CellType.STRING
                    && row.getCell(0).getStringCellValue().startsWith(prefix)) {
                return r;
            }
        }
        throw new AssertionError("no row starting '" + prefix + "' on " + sheet.getSheetName());
    }

        private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void comments_aStoredTextLongerThanACell_isCutWithAMark_andTheRowStaysWithinExcel() throws Exception {
        String stored = "Orsak: " + "lång förklaring 😀 ".repeat(2_300); // about 41 000 characters, from before uploads were bounded
        try (XSSFWorkbook wb = render(new BoardFixtures(2, stored), GROUP, false)) {
            XSSFSheet c = wb.getSheet("Kommentarer");
            boolean found = false;
            for (int r = row(c, "Region") + 1; r <= c.getLastRowNum(); r++) {
                var cell = c.getRow(r).getCell(3);
                if (cell != null && cell.getStringCellValue().startsWith("Orsak: ")) {
                    found = true;
                    assertEquals(ExcelText.MAX_CELL_CHARS, cell.getStringCellValue().length());
                    assertTrue(cell.getStringCellValue().endsWith(ExcelText.CUT_MARK));
                    assertTrue(c.getRow(r).getHeightInPoints() <= ExcelText.MAX_ROW_POINTS);
                }
            }
            assertTrue(found, "Almi Nord's comment is on the sheet");
        }
    }
}
