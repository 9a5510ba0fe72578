package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Goal;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.formula.ConditionalFormattingEvaluator;
import org.apache.poi.ss.formula.EvaluationConditionalFormatRule;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a region sees in its template, read back from the rendered bytes: empty results before
 * anything is typed, an unmistakable "Kommentar krävs" on a goal not met without comment, and goal
 * names that are not cut off.
 */
class TemplateReadsCleanlyTest {

    static Stream<Arguments> templates() {
        return Stream.of(Arguments.of("B", 2024, 2), Arguments.of("B", 2024, 4), Arguments.of("A", 2019, 4));
    }

    private static GoalStructure structure(String which) {
        return which.equals("A") ? Fixtures.a() : Fixtures.b();
    }

    @ParameterizedTest(name = "structure {0} {1}-Q{2}")
    @MethodSource("templates")
    void render_nothingTyped_everyResultThatNeedsRegionInputIsEmpty(String which, int year, int quarter) throws Exception {
        GoalStructure s = structure(which);
        try (Filled f = new Filled(Fixtures.render(s, year, quarter))) {
            DataFormatter shown = new DataFormatter();
            for (Goal g : s.goalsDueIn(quarter)) {
                for (GoalPart p : g.parts()) {
                    if (p.metric().measures().stream().noneMatch(id -> s.measure(id).enteredByRegion())) {
                        continue;
                    }
                    XSSFCell c = f.cell(TemplateLayout.metric(g.id(), p.id()));
                    assertEquals(CellType.STRING, c.getCachedFormulaResultType(), g.id() + "/" + p.id() + " shows " + shown.formatCellValue(c));
                    assertEquals("", c.getStringCellValue(), g.id() + "/" + p.id());
                }
            }
        }
    }

    @Test
    void render_allButOneInputOfAResultTyped_resultStaysEmpty_allTyped_resultShown() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            f.set("kostnader", 9000000).evaluate();
            assertEquals("", f.text("gb_metric_kostnad_per_insats_kostnad_per_insats"));
            f.set("insatser_totalt", 400).evaluate();
            assertEquals(22500d, f.number("gb_metric_kostnad_per_insats_kostnad_per_insats"), 0);
            f.set("utbetalda_lan", 0).evaluate();
            assertEquals(0d, f.number("gb_metric_utbetalda_lan_utbetalda_lan"), 0, "a typed zero is a result");
            assertEquals("Ej uppfyllt", f.text("gb_status_utbetalda_lan"));
        }
    }

    @Test
    void render_nothingTyped_statusesStillSayUppgiftSaknas() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            for (Goal g : Fixtures.b().goalsDueIn(2)) {
                assertEquals("Uppgift saknas", f.text(TemplateLayout.status(g.id())), g.id());
            }
        }
    }

    /** Goal 3 of structure B: 85 of 100 customers in early stages is met, 60 is not. */
    private static Filled goal3(int earlyStage, String comment) {
        Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2));
        f.setAll(Fixtures.inputsB()).set("kunder_tidiga_skeden", earlyStage);
        if (comment != null) {
            f.set("gb_comment_andel_tidiga_skeden", comment);
        }
        return f.evaluate();
    }

    @Test
    void goalNotMet_commentBlank_labelSaysKommentarKrävs_andLabelAndCellTurnRed() throws Exception {
        try (Filled f = goal3(60, null)) {
            assertEquals("Ej uppfyllt", f.text("gb_status_andel_tidiga_skeden"));
            XSSFCell comment = f.cell("gb_comment_andel_tidiga_skeden");
            XSSFCell label = comment.getRow().getCell(0);
            assertTrue(label.getStringCellValue().startsWith("Kommentar krävs: mål 3 är inte uppfyllt"), label.getStringCellValue());
            assertEquals(List.of("FFC00000"), fills(f, label), "label dark red");
            assertEquals(List.of(hex(LiveColours.REQUIRED_CELL_FILL)), fills(f, comment), "comment cell red");
            for (int col = 2; col <= 4; col++) {
                assertEquals(List.of(hex(LiveColours.REQUIRED_CELL_FILL)), fills(f, comment.getRow().getCell(col)), "merged comment column " + col);
            }
        }
    }

    @Test
    void commentRequiredColours_areFarFromTheInputYellow() {
        // the defect: the warning was a barely darker yellow. Distance in RGB, 0..765.
        assertTrue(distance(LiveColours.REQUIRED_LABEL_FILL, Styles.INPUT_FILL) > 300);
        assertTrue(distance(LiveColours.REQUIRED_CELL_FILL, Styles.INPUT_FILL) > 150);
        assertTrue(Math.abs(hue(LiveColours.REQUIRED_CELL_FILL) - hue(Styles.INPUT_FILL)) > 30, "a different hue, not a shade of yellow");
    }

    @Test
    void goalNotMet_commentOnlySpaces_stillRequired() throws Exception {
        try (Filled f = goal3(60, "   ")) {
            XSSFCell comment = f.cell("gb_comment_andel_tidiga_skeden");
            assertTrue(comment.getRow().getCell(0).getStringCellValue().startsWith("Kommentar krävs"));
            assertEquals(1, fills(f, comment).size());
        }
    }

    @Test
    void goalNotMet_commentWritten_plainLabelAndYellowCell() throws Exception {
        try (Filled f = goal3(60, "Två stora kunder flyttade.")) {
            XSSFCell comment = f.cell("gb_comment_andel_tidiga_skeden");
            assertEquals("Kommentar till mål 3 (krävs om målet inte är uppfyllt)", comment.getRow().getCell(0).getStringCellValue());
            assertEquals(List.of(), fills(f, comment));
            assertEquals(List.of(), fills(f, comment.getRow().getCell(0)));
        }
    }

    @Test
    void goalMetAtTheBoundary_commentBlank_noWarning() throws Exception {
        try (Filled f = goal3(80, null)) {
            assertEquals("Uppfyllt", f.text("gb_status_andel_tidiga_skeden"));
            XSSFCell comment = f.cell("gb_comment_andel_tidiga_skeden");
            assertFalse(comment.getRow().getCell(0).getStringCellValue().contains("krävs:"));
            assertEquals(List.of(), fills(f, comment));
        }
    }

    @Test
    void goalJustBelowTheBoundary_commentBlank_warning() throws Exception {
        try (Filled f = goal3(79, null)) {
            assertEquals(1, fills(f, f.cell("gb_comment_andel_tidiga_skeden")).size());
        }
    }

    @Test
    void nothingTyped_statusUppgiftSaknas_noCommentWarning() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2)).evaluate()) {
            XSSFCell comment = f.cell("gb_comment_andel_tidiga_skeden");
            assertEquals("Kommentar till mål 3 (krävs om målet inte är uppfyllt)", comment.getRow().getCell(0).getStringCellValue());
            assertEquals(List.of(), fills(f, comment));
        }
    }

    @Test
    void instructions_legendExplainsKommentarKrävs() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            XSSFSheet sheet = f.wb.getSheet("Instruktioner");
            boolean found = false;
            for (XSSFRow row : rows(sheet)) {
                XSSFCell c = row.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Kommentar krävs")) {
                    assertEquals("FFC00000", c.getCellStyle().getFillForegroundColorColor().getARGBHex());
                    found = true;
                }
            }
            assertTrue(found);
        }
    }

    @ParameterizedTest(name = "structure {0} {1}-Q{2}")
    @MethodSource("templates")
    void render_goalNames_wrapAndRowTallEnough(String which, int year, int quarter) throws Exception {
        GoalStructure s = structure(which);
        try (Filled f = new Filled(Fixtures.render(s, year, quarter))) {
            XSSFSheet sheet = f.wb.getSheet("Inrapportering");
            double width = sheet.getColumnWidth(0) / 256.0;
            for (Goal g : s.goalsDueIn(quarter)) {
                XSSFCell name = cellStartingWith(sheet, 0, g.number() + ". " + g.name());
                // bold text takes at least one character unit per character
                int lines = (int) Math.ceil(name.getStringCellValue().length() / (width - 2));
                if (lines > 1) {
                    assertTrue(name.getCellStyle().getWrapText(), g.id());
                    assertTrue(name.getRow().getHeightInPoints() >= lines * 14, g.id() + " " + name.getRow().getHeightInPoints());
                }
            }
        }
    }

    @Test
    void render_goal11_nameIsLongerThanItsColumn_twoLines() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            XSSFCell name = cellStartingWith(f.wb.getSheet("Inrapportering"), 0, "11. God kundkännedom");
            assertTrue(name.getCellStyle().getWrapText());
            assertTrue(name.getRow().getHeightInPoints() >= 30);
        }
    }

    @Test
    void structureSheet_goal11Row_tallEnoughForItsName() throws Exception {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            XSSFSheet sheet = f.wb.getSheet("Målstruktur");
            XSSFCell name = cellStartingWith(sheet, 1, "11. ");
            double width = sheet.getColumnWidth(1) / 256.0;
            int lines = (int) Math.ceil(name.getStringCellValue().length() / width);
            assertTrue(lines >= 2);
            assertTrue(name.getRow().getHeightInPoints() >= lines * 14, "height " + name.getRow().getHeightInPoints());
        }
    }

    /** ARGB fills of the conditional formats that apply to {@code cell} now. */
    private static List<String> fills(Filled f, XSSFCell cell) {
        ConditionalFormattingEvaluator cf = new ConditionalFormattingEvaluator(f.wb, new XSSFFormulaEvaluator(f.wb));
        List<String> out = new ArrayList<>();
        for (EvaluationConditionalFormatRule r : cf.getConditionalFormattingForCell(new CellReference(cell))) {
            if (r.getRule().getPatternFormatting() != null) {
                out.add(((XSSFColor) r.getRule().getPatternFormatting().getFillBackgroundColorColor()).getARGBHex());
            }
        }
        return out;
    }

    private static XSSFCell cellStartingWith(XSSFSheet sheet, int col, String prefix) {
        for (XSSFRow row : rows(sheet)) {
            XSSFCell c = row.getCell(col);
            if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().startsWith(prefix)) {
                return c;
            }
        }
        throw new AssertionError("no cell starting with '" + prefix + "' in column " + col + " of " + sheet.getSheetName());
    }

    private static List<XSSFRow> rows(XSSFSheet sheet) {
        List<XSSFRow> out = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            if (sheet.getRow(r) != null) {
                out.add(sheet.getRow(r));
            }
        }
        return out;
    }

    private static String hex(byte[] rgb) {
        StringBuilder b = new StringBuilder();
        for (byte x : rgb) {
            b.append(String.format("%02X", x & 0xFF));
        }
        return b.toString();
    }

    /** Distance in RGB (0..765) of two colours given as RGB or ARGB bytes. */
    private static int distance(byte[] a, byte[] b) {
        int d = 0;
        for (int i = 1; i <= 3; i++) {
            d += Math.abs((a[a.length - i] & 0xFF) - (b[b.length - i] & 0xFF));
        }
        return d;
    }

    private static float hue(byte[] c) {
        int n = c.length;
        return java.awt.Color.RGBtoHSB(c[n - 3] & 0xFF, c[n - 2] & 0xFF, c[n - 1] & 0xFF, null)[0] * 360;
    }
}
