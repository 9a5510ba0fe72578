package goalbook.workbook.template;

import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every rendered template is read back by POI from its bytes. */
class TemplateRendererTest {

    static Stream<Arguments> everyQuarterOfBothStructures() {
        return Stream.of(Fixtures.a(), Fixtures.b()).flatMap(s -> Stream.of(1, 2, 3, 4).map(q -> Arguments.of(s.id(), q)));
    }

    private static GoalStructure structure(String id) {
        return id.equals(Fixtures.a().id()) ? Fixtures.a() : Fixtures.b();
    }

    @ParameterizedTest(name = "{0} Q{1}")
    @MethodSource("everyQuarterOfBothStructures")
    void render_namesWithoutPrefix_areExactlyTheRegionInputsOfGoalsDue(String structureId, int quarter) throws Exception {
        GoalStructure s = structure(structureId);
        try (Filled f = new Filled(Fixtures.render(s, s.validFrom(), quarter))) {
            Set<String> plain = names(f).stream().filter(n -> !n.startsWith("gb_")).collect(Collectors.toSet());
            Set<String> expected = s.regionInputsDueIn(quarter).stream().map(Measure::id).collect(Collectors.toSet());
            assertEquals(expected, plain);
            Set<String> statuses = names(f).stream().filter(n -> n.startsWith("gb_status_")).collect(Collectors.toSet());
            assertEquals(s.goalsDueIn(quarter).stream().map(g -> "gb_status_" + g.id()).collect(Collectors.toSet()), statuses);
            Set<String> comments = names(f).stream().filter(n -> n.startsWith("gb_comment_")).collect(Collectors.toSet());
            assertEquals(s.goalsDueIn(quarter).stream().map(g -> "gb_comment_" + g.id()).collect(Collectors.toSet()), comments);
            for (Measure m : s.referenceMeasuresDueIn(quarter)) {
                assertNotNull(f.wb.getName("gb_ref_" + m.id()), "gb_ref_" + m.id());
            }
            for (Goal g : s.goalsDueIn(quarter)) {
                g.parts().forEach(p -> assertNotNull(f.wb.getName("gb_metric_" + g.id() + "_" + p.id())));
            }
        }
    }

    @Test
    void render_structureBQuarterOne_asksForGoalsSixToNineOnly() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 1))) {
            Set<String> statuses = new TreeSet<>(names(f).stream().filter(n -> n.startsWith("gb_status_")).toList());
            assertEquals(new TreeSet<>(List.of("gb_status_avkastning_lan", "gb_status_utbetalda_lan", "gb_status_avslutade_insatser",
                    "gb_status_kostnad_per_insats")), statuses);
        }
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 4))) {
            assertEquals(12, names(f).stream().filter(n -> n.startsWith("gb_status_")).count());
        }
    }

    @ParameterizedTest(name = "{0} Q{1}")
    @MethodSource("everyQuarterOfBothStructures")
    void render_onlyInputAndCommentCellsAreUnlocked(String structureId, int quarter) throws Exception {
        GoalStructure s = structure(structureId);
        try (Filled f = new Filled(Fixtures.render(s, s.validFrom(), quarter))) {
            Set<String> expected = new HashSet<>();
            for (String n : names(f)) {
                if (!n.startsWith("gb_") || n.startsWith("gb_comment_")) {
                    expected.add(f.wb.getName(n).getRefersToFormula().replace("$", ""));
                }
            }
            Set<String> unlocked = new HashSet<>();
            for (org.apache.poi.ss.usermodel.Sheet any : f.wb) {
                XSSFSheet sheet = (XSSFSheet) any;
                for (Row row : sheet) {
                    for (Cell c : row) {
                        if (!c.getCellStyle().getLocked() && !insideMergedButNotFirst(sheet, c)) {
                            unlocked.add(sheet.getSheetName() + "!" + new CellReference(c).formatAsString(false));
                        }
                    }
                }
            }
            assertEquals(expected, unlocked);
        }
    }

    @Test
    void render_everyInputHasValidationWithinItsBoundsAndSwedishMessages() throws Exception {
        GoalStructure s = Fixtures.b();
        try (Filled f = new Filled(Fixtures.render(s, 2024, 4))) {
            XSSFSheet sheet = f.wb.getSheet("Inrapportering");
            List<XSSFDataValidation> all = sheet.getDataValidations();
            for (Measure m : s.regionInputsDueIn(4)) {
                CellReference at = new CellReference(f.wb.getName(m.id()).getRefersToFormula());
                XSSFDataValidation v = all.stream().filter(d -> covers(d, at)).findFirst()
                        .orElseThrow(() -> new AssertionError("no validation on " + m.id()));
                int expectedType = DataValidationConstraint.ValidationType.INTEGER;
                assertEquals(expectedType, v.getValidationConstraint().getValidationType(), m.id());
                String min = m.min() == null ? "-999999999999999" : m.min().toPlainString();
                assertEquals(min, v.getValidationConstraint().getFormula1(), m.id());
                assertTrue(v.getPromptBoxTitle().length() <= 32 && m.label().startsWith(v.getPromptBoxTitle().replace("…", "")),
                        v.getPromptBoxTitle());
                assertEquals(m.help(), v.getPromptBoxText(), m.id());
                assertTrue(v.getErrorBoxText().startsWith(m.label() + ": skriv ett heltal"), v.getErrorBoxText());
                assertEquals(DataValidation.ErrorStyle.STOP, v.getErrorStyle());
            }
        }
    }

    @Test
    void render_identityIsInCustomPropertiesAndInTheHiddenSheet() throws Exception {
        GoalStructure s = Fixtures.b();
        try (Filled f = new Filled(Fixtures.render(s, 2024, 2))) {
            var custom = f.wb.getProperties().getCustomProperties();
            assertEquals("almi-2021", custom.getProperty("goalbook.structure").getLpwstr());
            assertEquals(s.revision(), custom.getProperty("goalbook.revision").getLpwstr());
            assertEquals("2024", custom.getProperty("goalbook.year").getLpwstr());
            assertEquals("2", custom.getProperty("goalbook.quarter").getLpwstr());
            assertEquals("gavle-dala", custom.getProperty("goalbook.region").getLpwstr());
            assertEquals("1", custom.getProperty("goalbook.template").getLpwstr());
            int hidden = f.wb.getSheetIndex("gb_identitet");
            assertEquals(SheetVisibility.HIDDEN, f.wb.getSheetVisibility(hidden));
            assertEquals("'gb_identitet'!$B$1:$B$6", f.wb.getName("gb_identity").getRefersToFormula());
            assertEquals("revision", f.wb.getSheet("gb_identitet").getRow(1).getCell(0).getStringCellValue());
            assertEquals(List.of("Instruktioner", "Inrapportering", "Målstruktur", "gb_identitet"),
                    List.of(f.wb.getSheetName(0), f.wb.getSheetName(1), f.wb.getSheetName(2), f.wb.getSheetName(3)));
        }
    }

    @Test
    void render_everySheetIsProtectedWithoutPassword() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            for (org.apache.poi.ss.usermodel.Sheet any : f.wb) {
                XSSFSheet sheet = (XSSFSheet) any;
                assertTrue(sheet.isSheetLocked(), sheet.getSheetName());
                var protection = sheet.getCTWorksheet().getSheetProtection();
                assertFalse(protection.isSetPassword(), sheet.getSheetName() + " has a password hash");
                assertFalse(protection.isSetHashValue(), sheet.getSheetName() + " has a password hash");
                assertFalse(sheet.isFormatColumnsLocked(), "column widths stay adjustable");
            }
        }
    }

    @Test
    void render_sameInputsTwice_identicalBytes() {
        byte[] first = Fixtures.render(Fixtures.b(), 2024, 2);
        byte[] second = Fixtures.render(Fixtures.b(), 2024, 2);
        assertArrayEquals(first, second);
        assertFalse(java.util.Arrays.equals(first, Fixtures.render(Fixtures.b(), 2024, 3)));
    }

    @Test
    void render_coreDatesAreTheFirstDayOfTheQuarter() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            var core = f.wb.getProperties().getCoreProperties();
            assertEquals(java.time.Instant.parse("2024-04-01T00:00:00Z"), core.getCreated().toInstant());
            assertEquals(java.time.Instant.parse("2024-04-01T00:00:00Z"), core.getModified().toInstant());
        }
    }

    @Test
    void render_instructionsNameRegionPeriodAndStructure() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            String text = sheetText(f.wb.getSheet("Instruktioner"));
            assertTrue(text.contains("Almi Gävle Dala"), text);
            assertTrue(text.contains("2024 kvartal 2"), text);
            assertTrue(text.contains("Målstruktur Almi 2021–"), text);
            assertTrue(text.contains("Skicka in"), text);
            assertTrue(text.contains("hela kronor"), text);
            assertTrue(text.contains("Ej uppfyllt") && text.contains("Målnivå saknas") && text.contains("Uppgift saknas"), text);
        }
    }

    @Test
    void render_structureSheetShowsEveryGoalWithQuarterMarksAndGroupGoals() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            String text = sheetText(f.wb.getSheet("Målstruktur"));
            assertTrue(text.contains("3. Andel unika kunder i tidiga skeden | Andel unika kunder i tidiga skeden (uppstarts- och "
                    + "expansionsfaser) ska uppgå till minst 80 procent. | Å | – | X | – | X"), text);
            assertTrue(text.contains("S | S – fastställt av styrelsen"), text);
        }
        try (Filled f = new Filled(Fixtures.render(Fixtures.a(), 2019, 1))) {
            String text = sheetText(f.wb.getSheet("Målstruktur"));
            assertTrue(text.contains("Koncernövergripande hållbarhetsmål – mäts på koncernnivå, rapporteras inte av regionen"), text);
            assertTrue(text.contains("God affärsetik"), text);
            assertTrue(text.contains("1. Index Tillväxt"), text);
        }
    }

    @Test
    void render_referenceValueMissing_showsEjFaststalld() throws Exception {
        Map<String, java.math.BigDecimal> refs = new java.util.HashMap<>(Fixtures.reference(Fixtures.b()));
        refs.remove("plan_utbetalda_lan");
        byte[] xlsx = new TemplateRenderer().render(Fixtures.b(), Fixtures.REGION, new Period(2024, 1), refs);
        try (Filled f = new Filled(xlsx)) {
            assertEquals("ej fastställd", f.text("gb_ref_plan_utbetalda_lan"));
            assertEquals(200d, f.number("gb_ref_plan_avslutade_insatser"), 0);
        }
    }

    @Test
    void render_metricCell_isTheExpressionVerbatimWithReferenceIdsRenamed_emptyUntilEveryMeasureIsANumber() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 4))) {
            assertEquals("IF(COUNT(nps_promotorer,nps_kritiker,nps_passiva)<3,\"\","
                            + "100 * (nps_promotorer - nps_kritiker) / (nps_promotorer + nps_passiva + nps_kritiker))",
                    f.cell("gb_metric_nps_nps").getCellFormula());
            assertEquals("IF(COUNT(gb_ref_engagemangsindex)<1,\"\",gb_ref_engagemangsindex)",
                    f.cell("gb_metric_engagemangsindex_engagemangsindex").getCellFormula());
            assertTrue(f.cell("gb_status_andel_kvinnor").getCellFormula().contains(">gb_ref_jmf_andel_kvinnor"));
        }
        try (Filled f = new Filled(Fixtures.render(Fixtures.a(), 2019, 4))) {
            assertEquals("IF(COUNT(kunder_kvinnor,unika_kunder,gb_ref_andel_kvinnor_stock,gb_ref_andel_kvinnor_nyforetagande)<4,\"\","
                            + "100 * (kunder_kvinnor / unika_kunder) / ((gb_ref_andel_kvinnor_stock + gb_ref_andel_kvinnor_nyforetagande) / 2))",
                    f.cell("gb_metric_index_fokusgrupper_kvinnor").getCellFormula());
        }
    }

    @Test
    void render_measureUsedByLaterGoals_oneInputCellThatLaterGoalsReferTo() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            XSSFSheet sheet = f.wb.getSheet("Inrapportering");
            long references = 0;
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.FORMULA
                            && c.getCellFormula().equals("IF(ISBLANK(unika_kunder),\"\",unika_kunder)")) {
                        references++;
                        assertTrue(row.getCell(3).getStringCellValue().startsWith("Samma uppgift som under mål 3"));
                    }
                }
            }
            assertEquals(2, references, "goals 4 and 5 show the unika_kunder entered under goal 3");
            f.set("unika_kunder", 100).set("kunder_kvinnor", 31).evaluate();
            assertEquals("Uppfyllt", f.text("gb_status_andel_kvinnor"));
        }
    }

    private static boolean covers(XSSFDataValidation v, CellReference at) {
        for (CellRangeAddress r : v.getRegions().getCellRangeAddresses()) {
            if (r.isInRange(at.getRow(), at.getCol())) {
                return true;
            }
        }
        return false;
    }

    private static boolean insideMergedButNotFirst(XSSFSheet sheet, Cell c) {
        for (CellRangeAddress r : sheet.getMergedRegions()) {
            if (r.isInRange(c) && (r.getFirstRow() != c.getRowIndex() || r.getFirstColumn() != c.getColumnIndex())) {
                return true;
            }
        }
        return false;
    }

    static List<String> names(Filled f) {
        return f.wb.getAllNames().stream().map(XSSFName::getNameName).filter(n -> !n.startsWith("_xlnm")).toList();
    }

    static String sheetText(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            List<String> cells = new java.util.ArrayList<>();
            for (Cell c : row) {
                String t = c.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING ? c.getStringCellValue() : "";
                if (!t.isEmpty()) {
                    cells.add(t);
                }
            }
            b.append(String.join(" | ", cells)).append('\n');
        }
        return b.toString();
    }
}
