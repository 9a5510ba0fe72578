package goalbook.workbook.report;

import goalbook.workbook.report.BoardWorkbook;
import goalbook.workbook.report.BoardScope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.consolidation.Consolidation;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The board workbook as a board reads it, read back from its bytes: a front page with the headline,
 * coverage and each goal's status, result, target and change; lineage in an appendix; like-with-like
 * changes that agree between the goal table and the Trend sheet; structure A's parts and sub-indices.
 */
class BoardContentTest {

    static final BoardScope GROUP = new BoardScope(null, "Almi – koncernen");
    static final Pattern SHA = Pattern.compile("[0-9a-f]{64}");

    static XSSFWorkbook render(BoardQuarters q, BoardScope scope, boolean draft, List<Consolidation> earlier) throws Exception {
        byte[] bytes = new BoardWorkbook().render(q.s, q.period, q.consolidate(), scope, draft, BoardFixtures.GENERATED, q.sources(),
                List.of(), draft ? "UTKAST – ej godkänt" : "Godkänt 2024-07-20 av Eva Ek", earlier);
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    static XSSFWorkbook q2Seven(List<Consolidation> earlier) throws Exception {
        return render(BoardQuarters.b("2024-Q2", BoardQuarters.SEVEN), GROUP, false, earlier);
    }

    @Test
    void front_sevenOfSixteen_saysSoAndNamesTheMissingRegions() throws Exception {
        try (XSSFWorkbook wb = q2Seven(List.of())) {
            String front = text(wb.getSheet("Framsida"));
            assertTrue(front.contains("7 av 16 regioner har rapporterat. Koncernens siffror omfattar bara dem. Saknas: Almi Östergötland, "
                    + "Almi Väst,"), front);
            assertTrue(front.contains("Almi Gotland."), front);
            assertTrue(text(wb.getSheet("Mål")).contains("Koncernens siffror: 7 av 16 regioner har rapporterat"));
        }
    }

    @Test
    void front_goalMissingAReportingRegionsInvalidValue_namesItsSmallerCoverage() throws Exception {
        BoardFixtures f = new BoardFixtures(2); // 15 of 16 reported; Kalmar's early-stage count is invalid
        byte[] bytes = new BoardWorkbook().render(f.s, f.period, f.c, GROUP, false, BoardFixtures.GENERATED, f.sources, List.of(), "Godkänt",
                List.of());
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            String front = text(wb.getSheet("Framsida"));
            assertTrue(front.contains("15 av 16 regioner har rapporterat. Koncernens siffror omfattar bara dem. Saknas: Almi Gotland."), front);
            // goals 3–5 share the unique customers, so Kalmar is out of all three and of none other
            assertTrue(front.contains("Färre regioner, eftersom en inlämning hade fel värden, i: 3 Andel unika kunder i tidiga skeden "
                    + "(14 av 16 regioner), 4 Andel kvinnor av unika kunder (14 av 16 regioner), 5 Andel utländsk bakgrund av unika kunder "
                    + "(14 av 16 regioner)."), front);
            XSSFSheet goals = wb.getSheet("Mål");
            assertEquals("14 av 16 regioner", goals.getRow(rowOf(goals, 0, "3")).getCell(6).getStringCellValue());
            assertEquals("15 av 16 regioner", goals.getRow(rowOf(goals, 0, "6")).getCell(6).getStringCellValue());
        }
    }

    @Test
    void front_hasNoChecksumsOrTokens_lineageIsInTheAppendix() throws Exception {
        try (XSSFWorkbook wb = q2Seven(List.of())) {
            String front = text(wb.getSheet("Framsida"));
            assertFalse(SHA.matcher(front).find(), front);
            assertFalse(front.contains("SHA-256") || front.contains("kontakt@"), front);
            String lineage = text(wb.getSheet("Underlag"));
            assertTrue(lineage.contains(BoardQuarters.sha("nord")) && lineage.contains("SHA-256") && lineage.contains("kontakt@nord.almi.se"));
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertEquals(List.of("Framsida", "Mål", "Diagram", "Trend", "Kommentarer", "Målstruktur", "Underlag", "Diagramdata"), names);
        }
    }

    @Test
    void front_headlineAndOneRowPerGoalUnderItsArea_withStatusResultAndTarget() throws Exception {
        try (XSSFWorkbook wb = render(BoardQuarters.b("2024-Q2", BoardQuarters.SEVEN).set("kostnader", "2600000"), GROUP, false, List.of())) {
            XSSFSheet front = wb.getSheet("Framsida");
            // 9 goals due in Q2; NPS ≥ 55 met, cost per insats 13 000 kr against 12 000 not met
            assertEquals("8 av 9 bedömda mål uppfyllda", cellText(front, "8 av 9 bedömda mål uppfyllda", 0));
            int header = rowOf(front, 0, "Nr");
            assertEquals(List.of("Nr", "Mål", "Målnivå", "Utfall", "Status", "Förändring mot jämförbar period"), rowTexts(front, header, 6));
            int area = rowOf(front, 0, "Produktivitet");
            XSSFRow cost = front.getRow(area + 1);
            assertEquals("9", cost.getCell(0).getStringCellValue());
            assertEquals("Kostnad/insats", cost.getCell(1).getStringCellValue());
            assertTrue(cost.getCell(2).getStringCellValue().startsWith("högst 12 000 kr"), cost.getCell(2).getStringCellValue());
            assertEquals(CellType.NUMERIC, cost.getCell(3).getCellType());
            assertEquals(13000.0, cost.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("#,##0\" kr\"", cost.getCell(3).getCellStyle().getDataFormatString());
            assertEquals("Ej uppfyllt", cost.getCell(4).getStringCellValue());
            XSSFRow share = front.getRow(rowOf(front, 0, "Fokusgrupper") + 1);
            assertEquals(0.85, share.getCell(3).getNumericCellValue(), 1e-12);
            assertEquals("0.0 %", share.getCell(3).getCellStyle().getDataFormatString());
        }
    }

    @Test
    void goalTable_changeAgreesWithTrendSheet_costDownIsAnImprovement() throws Exception {
        Consolidation lastYear = BoardQuarters.b("2023-Q2", BoardQuarters.SEVEN).set("kostnader", "2200000").consolidate();
        try (XSSFWorkbook wb = q2Seven(List.of(lastYear))) {
            String expected = "Förbättring: minskat från 11 000 kr i 2023-Q2 (lägre är bättre, samma 7 regioner)";
            XSSFSheet goals = wb.getSheet("Mål");
            assertEquals(expected, goals.getRow(rowOf(goals, 0, "9")).getCell(5).getStringCellValue());
            XSSFSheet front = wb.getSheet("Framsida");
            assertEquals(expected, front.getRow(rowOf(front, 0, "9")).getCell(5).getStringCellValue());
            XSSFSheet trend = wb.getSheet("Trend");
            XSSFRow row = trend.getRow(rowOf(trend, 0, "9. Kostnad/insats"));
            assertEquals(expected, row.getCell(row.getLastCellNum() - 1).getStringCellValue());
            assertFalse(text(goals).contains("Ingen jämförelse\n"), "a bare 'Ingen jämförelse' next to a comparison");
        }
    }

    @Test
    void trend_q4ThreeRegionsAfterQ2Seven_notComparable_andCoveragePerQuarter() throws Exception {
        Consolidation q2 = BoardQuarters.b("2024-Q2", BoardQuarters.SEVEN).consolidate();
        try (XSSFWorkbook wb = render(BoardQuarters.b("2024-Q4", BoardQuarters.THREE), GROUP, false, List.of(q2))) {
            XSSFSheet trend = wb.getSheet("Trend");
            XSSFRow regions = trend.getRow(rowOf(trend, 0, "Regioner som rapporterat"));
            XSSFRow header = trend.getRow(rowOf(trend, 0, "Mål"));
            assertEquals("2024-Q2", header.getCell(1).getStringCellValue());
            assertEquals("7 av 16", regions.getCell(1).getStringCellValue());
            assertEquals("3 av 16", regions.getCell(2).getStringCellValue());
            XSSFSheet goals = wb.getSheet("Mål");
            String loans = goals.getRow(rowOf(goals, 0, "7")).getCell(5).getStringCellValue();
            assertTrue(loans.startsWith("Ej jämförbar: värdet räknas hittills i år"), loans);
            String early = goals.getRow(rowOf(goals, 0, "3")).getCell(5).getStringCellValue();
            assertEquals("Ej jämförbar: olika regioner – 7 av 16 i 2024-Q2, 3 av 16 i 2024-Q4", early);
            assertEquals("3 av 16 regioner", goals.getRow(rowOf(goals, 0, "3")).getCell(6).getStringCellValue());
        }
    }

    @Test
    void breakdown_regionWithoutSubmission_saysEjInlamnad_groupRowStatesCoverage() throws Exception {
        try (XSSFWorkbook wb = q2Seven(List.of())) {
            String goals = text(wb.getSheet("Mål"));
            assertTrue(goals.contains("Almi Gotland\nEj inlämnad\n"), goals);
            assertTrue(goals.contains("Koncernen (7 av 16 regioner)\n"), goals);
        }
    }

    @Test
    void structureA_partsShowTheirValues_andTheFailingSubIndexIsNamed() throws Exception {
        BoardQuarters a = BoardQuarters.a2019q4();
        try (XSSFWorkbook wb = render(a, GROUP, true, List.of())) {
            XSSFSheet goals = wb.getSheet("Mål");
            XSSFRow bredd = goals.getRow(rowOf(goals, 1, "    Andel Bredd"));
            assertEquals(120.0 / 350, bredd.getCell(3).getNumericCellValue(), 1e-12);
            assertEquals("Målnivå saknas", bredd.getCell(4).getStringCellValue());
            XSSFRow utilisation = goals.getRow(rowOf(goals, 1, "    Utnyttjandegrad av lånestocksram"));
            assertEquals(0.85, utilisation.getCell(3).getNumericCellValue(), 1e-12); // 2 × 85 M against the two regions' 2 × 100 M
            XSSFRow ret = goals.getRow(rowOf(goals, 1, "    Avkastning rullande 36 mån"));
            assertEquals(2.5 / 90, ret.getCell(3).getNumericCellValue(), 1e-12);
            assertEquals("0.00 %", ret.getCell(3).getCellStyle().getDataFormatString());
            XSSFRow foradling = goals.getRow(rowOf(goals, 1, "    Förädlingsvärde"));
            assertEquals(100 * 1.091 / 1.101, foradling.getCell(3).getNumericCellValue(), 1e-9);
            assertEquals("Ej uppfyllt", foradling.getCell(4).getStringCellValue());
            assertEquals("Uppfyllt", goals.getRow(rowOf(goals, 1, "    Överlevnadsgrad")).getCell(4).getStringCellValue());

            XSSFSheet front = wb.getSheet("Framsida");
            XSSFRow under = front.getRow(rowOf(front, 1, "    Under målet: Förädlingsvärde"));
            assertEquals("Ej uppfyllt", under.getCell(4).getStringCellValue());
            assertEquals(CellType.NUMERIC, under.getCell(3).getCellType());
            assertFalse(text(front).contains("Under målet: Överlevnadsgrad"));
            assertEquals(0.85, front.getRow(rowOf(front, 1, "    Utnyttjandegrad av lånestocksram")).getCell(3).getNumericCellValue(), 1e-12);
        }
    }

    @Test
    void regionBoard_namesNoOtherRegion_butSaysTheGroupCoverage() throws Exception {
        try (XSSFWorkbook wb = render(BoardQuarters.b("2024-Q2", BoardQuarters.SEVEN), new BoardScope("nord", "Almi Nord"), false, List.of())) {
            for (var s : wb) {
                if (!s.getSheetName().equals("Målstruktur")) {
                    String t = text((XSSFSheet) s);
                    assertFalse(t.contains("Almi Mitt") || t.contains("Almi Gotland"), s.getSheetName() + " names another region");
                }
            }
            assertTrue(text(wb.getSheet("Mål")).contains("Kolumnen Koncernen: 7 av 16 regioner har rapporterat"));
            assertEquals(1, countStartingWith(wb.getSheet("Underlag"), "Almi "));
        }
    }

    static String text(XSSFSheet sheet) {
        StringBuilder out = new StringBuilder();
        sheet.forEach(r -> r.forEach(c -> {
            if (c.getCellType() == CellType.STRING) {
                out.append(c.getStringCellValue()).append('\n');
            }
        }));
        return out.toString();
    }

    static int rowOf(XSSFSheet sheet, int col, String text) {
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            XSSFRow row = sheet.getRow(r);
            XSSFCell c = row == null ? null : row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(text)) {
                return r;
            }
        }
        throw new AssertionError("no row '" + text + "' in column " + col + " of " + sheet.getSheetName() + ":\n" + text(sheet));
    }

    private static String cellText(XSSFSheet sheet, String text, int col) {
        return sheet.getRow(rowOf(sheet, col, text)).getCell(col).getStringCellValue();
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(sheet.getRow(row).getCell(i).getStringCellValue());
        }
        return out;
    }

    private static int countStartingWith(XSSFSheet sheet, String prefix) {
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
}
