package goalbook.workbook.upload;

import goalbook.workbook.Filling;
import goalbook.workbook.MarkKind;
import goalbook.workbook.ScriptSavedCopy;
import goalbook.workbook.Styles;
import goalbook.workbook.upload.Annotator;
import goalbook.workbook.upload.NameLookup;
import goalbook.workbook.upload.ReadWorkbook;
import goalbook.workbook.upload.WorkbookReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Severity;
import goalbook.goals.Goal;
import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The annotated copy of real templates (structure B 2024-Q2, structure A 2019-Q4) read back as a
 * region reads it: verdict first, names not codes, numbers as numbers, nothing clipped, live formulas.
 */
class AnnotatedCopyTest {
    /** Text that Excel would flag as "number stored as text", e.g. "75,9 %", "64 000 000 kr", "3". */
    private static final Pattern NUMBER_AS_TEXT = Pattern.compile("[-−]?\\d[\\d \\u00A0]*([,.]\\d+)?( ?%| kr)?");

    private final List<XSSFWorkbook> opened = new ArrayList<>();

    @AfterEach
    void close() throws IOException {
        for (XSSFWorkbook wb : opened) {
            wb.close();
        }
    }

    private XSSFWorkbook open(byte[] bytes) {
        try {
            XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes));
            opened.add(wb);
            return wb;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell c) {
        return c == null ? "" : new DataFormatter().formatCellValue(c);
    }

    /** The merged region starting at (row, 0), or a one-cell region. */
    private static CellRangeAddress regionAt(XSSFSheet sheet, int row, int col) {
        return sheet.getMergedRegions().stream().filter(m -> m.isInRange(row, col)).findFirst()
                .orElse(new CellRangeAddress(row, row, col, col));
    }

    private static int headerRow(XSSFSheet sheet) {
        for (Row row : sheet) {
            if (text(row.getCell(0)).equals("Nr")) {
                return row.getRowNum();
            }
        }
        throw new AssertionError("no table header on " + sheet.getSheetName());
    }

    private static int column(XSSFSheet sheet, String header) {
        XSSFRow row = sheet.getRow(headerRow(sheet));
        for (Cell c : row) {
            if (text(c).equals(header)) {
                return c.getColumnIndex();
            }
        }
        throw new AssertionError("no column " + header);
    }

    /** The goal's row on Resultat: column A holds its number. */
    private static XSSFRow goalRow(XSSFSheet results, int number) {
        for (int r = headerRow(results) + 1; r <= results.getLastRowNum(); r++) {
            XSSFRow row = results.getRow(r);
            if (row != null && row.getCell(0) != null && text(row.getCell(0)).equals(Integer.toString(number))) {
                return row;
            }
        }
        throw new AssertionError("no row for goal " + number);
    }

    @Test
    void verdict_validUpload_firstRowAcrossTheWholeTable_countsGoalsMetOfThoseDue() {
        AnnotatedSamples.Sample b = AnnotatedSamples.b(true);
        assertTrue(b.report().valid(), "the sample is a valid upload");
        XSSFSheet results = open(b.annotated()).getSheet("Resultat");
        long met = b.report().goals().stream().filter(g -> g.status() == GoalStatus.MET).count();
        long due = b.report().goals().stream().filter(g -> g.status() != GoalStatus.NOT_DUE).count();

        assertEquals("Giltig inlämning – " + met + " av " + due + " mål uppfyllda", text(results.getRow(0).getCell(0)));
        CellRangeAddress verdict = regionAt(results, 0, 0);
        int lastColumn = results.getRow(headerRow(results)).getLastCellNum() - 1;
        assertEquals(0, verdict.getFirstColumn());
        assertEquals(lastColumn, verdict.getLastColumn(), "the verdict spans the whole table");
    }

    @Test
    void verdict_invalidUpload_saysHowManyErrorsMustBeFixed() {
        AnnotatedSamples.Sample b = AnnotatedSamples.b(false);
        long errors = b.report().problems().stream().filter(p -> p.severity() == Severity.ERROR).count();
        assertTrue(errors > 1, "the sample has several errors");
        XSSFSheet results = open(b.annotated()).getSheet("Resultat");
        assertEquals(errors + " fel måste rättas innan inlämningen är giltig", text(results.getRow(0).getCell(0)));
    }

    @Test
    void heading_namesRegionAndQuarterInWords_noCodes() {
        for (AnnotatedSamples.Sample sample : List.of(AnnotatedSamples.b(true), AnnotatedSamples.a(false))) {
            XSSFWorkbook wb = open(sample.annotated());
            String quarter = sample.period().quarter() == 2 ? "andra kvartalet " : "fjärde kvartalet ";
            assertEquals("Almi Gävle Dala, " + quarter + sample.period().year(), text(wb.getSheet("Resultat").getRow(1).getCell(0)));
            for (String sheet : List.of("Resultat", "Index")) {
                for (Row row : wb.getSheet(sheet)) {
                    for (Cell c : row) {
                        assertFalse(text(c).contains("gavle-dala"), sheet + " shows the region code: " + text(c));
                        assertFalse(text(c).contains(sample.period().toString()), sheet + " shows the period code: " + text(c));
                    }
                }
            }
        }
    }

    @Test
    void values_areNumbersInTheUnitsFormat_noNumberStoredAsText() {
        AnnotatedSamples.Sample b = AnnotatedSamples.b(true);
        XSSFWorkbook wb = open(b.annotated());
        XSSFSheet results = wb.getSheet("Resultat");
        int value = column(results, "Utfall");
        Map<Integer, Unit> units = Map.of(3, Unit.SHARE, 6, Unit.PERCENT, 7, Unit.SEK, 8, Unit.COUNT, 12, Unit.INDEX);
        units.forEach((number, unit) -> {
            GoalResult g = b.report().goals().stream().filter(r -> r.number() == number).findFirst().orElseThrow();
            XSSFCell cell = goalRow(results, number).getCell(value);
            assertEquals(CellType.NUMERIC, cell.getCellType(), "goal " + number);
            assertEquals(g.value().doubleValue(), cell.getNumericCellValue(), 1e-9, "goal " + number);
            assertEquals(Styles.format(unit), cell.getCellStyle().getDataFormatString(), "goal " + number);
        });
        assertEquals(CellType.NUMERIC, goalRow(results, 7).getCell(0).getCellType(), "the goal number is a number");
        for (String sheet : List.of("Resultat", "Index")) {
            for (Row row : wb.getSheet(sheet)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        assertFalse(NUMBER_AS_TEXT.matcher(c.getStringCellValue().strip()).matches(),
                                sheet + "!" + c.getAddress() + " is a number stored as text: " + c.getStringCellValue());
                    }
                }
            }
        }
    }

    @Test
    void index_weightedComponentsInWords_attainmentComponentsUnderStatus() {
        AnnotatedSamples.Sample b = AnnotatedSamples.b(true);
        XSSFSheet index = open(b.annotated()).getSheet("Index");
        List<String> all = new ArrayList<>();
        index.forEach(row -> row.forEach(c -> all.add(text(c))));
        assertFalse(all.contains("Formel"), "no column headed Formel");
        for (String t : all) {
            for (Measure m : b.s().measures().values()) {
                assertFalse(Pattern.compile("\\b" + m.id() + "\\b").matcher(t).find(), "measure id " + m.id() + " shown in: " + t);
            }
        }
        String women = b.s().measure("kunder_kvinnor").label();
        assertTrue(all.stream().anyMatch(t -> t.contains(women) && t.contains("×")), "the sub-index formula in words: " + all);
        // a Måluppfyllelse component: the goal, its value, and its status under a column headed Status
        for (Row row : index) {
            if (text(row.getCell(0)).startsWith("12 ")) {
                int status = -1;
                for (int r = row.getRowNum() - 1; r >= 0 && status < 0; r--) {
                    for (Cell c : index.getRow(r)) {
                        status = text(c).equals("Status") ? c.getColumnIndex() : status;
                    }
                }
                assertEquals("Uppfyllt", text(row.getCell(status)));
            }
        }
    }

    @Test
    void layout_noTextClippedOrOverlapping_onResultAndIndex() {
        for (AnnotatedSamples.Sample sample : List.of(AnnotatedSamples.b(true), AnnotatedSamples.b(false),
                AnnotatedSamples.a(true), AnnotatedSamples.a(false))) {
            XSSFWorkbook wb = open(sample.annotated());
            for (String name : List.of("Resultat", "Index")) {
                XSSFSheet sheet = wb.getSheet(name);
                for (Row row : sheet) {
                    for (Cell c : row) {
                        String shown = text(c);
                        if (shown.isEmpty() || isInsideMergeButNotFirst(sheet, c)) {
                            continue;
                        }
                        CellRangeAddress area = regionAt(sheet, c.getRowIndex(), c.getColumnIndex());
                        double chars = 0;
                        for (int col = area.getFirstColumn(); col <= area.getLastColumn(); col++) {
                            chars += sheet.getColumnWidth(col) / 256.0;
                        }
                        String where = name + "!" + c.getAddress() + " \"" + shown + "\"";
                        boolean bigFont = wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints() > 11;
                        double perLine = bigFont ? chars * 11 / 14 : chars;
                        if (c.getCellStyle().getWrapText()) {
                            int lines = 0;
                            for (String p : shown.split("\n")) {
                                lines += Math.max(1, (int) Math.ceil(p.length() / perLine));
                            }
                            float lineHeight = bigFont ? 18f : 14f;
                            assertTrue(row.getHeightInPoints() >= lines * lineHeight, where + " needs " + lines + " lines, row is "
                                    + row.getHeightInPoints() + " pt");
                        } else {
                            assertTrue(shown.length() <= perLine, where + " is wider than its " + chars + " characters");
                        }
                    }
                }
            }
        }
    }

    private static boolean isInsideMergeButNotFirst(XSSFSheet sheet, Cell c) {
        CellRangeAddress area = regionAt(sheet, c.getRowIndex(), c.getColumnIndex());
        return area.getFirstColumn() != c.getColumnIndex() || area.getFirstRow() != c.getRowIndex();
    }

    @Test
    void print_resultAndIndex_oneLandscapePageWide_headerRepeated() {
        XSSFWorkbook wb = open(AnnotatedSamples.b(false).annotated());
        for (String name : List.of("Resultat", "Index")) {
            XSSFSheet sheet = wb.getSheet(name);
            assertTrue(sheet.getFitToPage(), name);
            assertEquals(1, sheet.getPrintSetup().getFitWidth(), name);
            assertEquals(0, sheet.getPrintSetup().getFitHeight(), name);
            assertTrue(sheet.getPrintSetup().getLandscape(), name);
        }
        XSSFSheet results = wb.getSheet("Resultat");
        CellRangeAddress repeated = results.getRepeatingRows();
        assertNotNull(repeated, "the table header repeats on every printed page");
        assertEquals(headerRow(results), repeated.getFirstRow());
    }

    @Test
    void liveFormulas_statusCellsOfTheTemplateStayLiveAndUncoloured() {
        for (AnnotatedSamples.Sample sample : List.of(AnnotatedSamples.b(false), AnnotatedSamples.a(true))) {
            XSSFWorkbook uploaded = open(sample.uploaded());
            XSSFWorkbook annotated = open(sample.annotated());
            int checked = 0;
            for (Goal g : sample.s().goalsDueIn(sample.period().quarter())) {
                String name = "gb_status_" + g.id();
                XSSFCell before = cellNamed(uploaded, name);
                XSSFCell after = cellNamed(annotated, name);
                assertEquals(CellType.FORMULA, after.getCellType(), name);
                assertEquals(before.getCellFormula(), after.getCellFormula(), name);
                assertEquals(before.getCellStyle().getIndex(), after.getCellStyle().getIndex(), name + " keeps its style, no fixed fill");
                checked++;
            }
            assertTrue(checked > 5);
            XSSFSheet input = annotated.getSheet("Inrapportering");
            assertEquals(uploaded.getSheet("Inrapportering").getSheetConditionalFormatting().getNumConditionalFormattings(),
                    input.getSheetConditionalFormatting().getNumConditionalFormattings(), "the live colours are kept");
        }
    }

    @Test
    void liveFormulas_showTheStatusOfTheFiguresInTheCopy_notTheEmptyTemplatesCachedOne() {
        XSSFCell uploaded = cellNamed(open(AnnotatedSamples.b(true).uploaded()), "gb_status_utbetalda_lan");
        assertEquals("Uppgift saknas", uploaded.getStringCellValue(), "the upload still caches the empty template's status");
        for (AnnotatedSamples.Sample sample : List.of(AnnotatedSamples.b(true), AnnotatedSamples.a(true))) {
            XSSFWorkbook annotated = open(sample.annotated());
            for (GoalResult g : sample.report().goals()) {
                if (g.status() != GoalStatus.NOT_DUE) {
                    XSSFCell status = cellNamed(annotated, "gb_status_" + g.id());
                    assertEquals(g.status().label(), status.getStringCellValue(), g.id() + " previews the server's verdict");
                    assertNull(status.getCellComment(), g.id() + ": no note where preview and verdict agree");
                }
            }
        }
    }

    @Test
    void liveFormulas_serverJudgesDifferently_statusCellGetsANoteAndKeepsItsFormula() {
        AnnotatedSamples.Sample b = AnnotatedSamples.b(true);
        List<GoalResult> goals = new ArrayList<>();
        for (GoalResult g : b.report().goals()) {
            goals.add(!g.id().equals("utbetalda_lan") ? g : new GoalResult(g.id(), g.number(), g.name(), g.area(), g.type(),
                    GoalStatus.NOT_MET, g.value(), g.target(), g.trend(), g.comment(), g.parts()));
        }
        goalbook.evaluation.Report changed = new goalbook.evaluation.Report(b.report().structure(), b.report().structureRevision(),
                b.report().period(), b.report().region(), b.report().problems(), goals, b.report().indices());
        ReadWorkbook read = new WorkbookReader().read(b.uploaded(), b.s(), b.period());
        XSSFWorkbook wb = open(new Annotator().annotate(b.uploaded(), b.s(), changed, read.inputs(), "Almi Gävle Dala"));
        XSSFCell status = cellNamed(wb, "gb_status_utbetalda_lan");
        assertEquals(CellType.FORMULA, status.getCellType());
        assertEquals("Uppfyllt", status.getStringCellValue(), "the preview of the figures in the copy");
        assertTrue(status.getCellComment().getString().getString().startsWith("Goalbooks bedömning vid inlämningen: Ej uppfyllt."),
                status.getCellComment().getString().getString());
        assertNull(cellNamed(wb, "gb_status_avslutade_insatser").getCellComment());
    }

    /** Sum of the channel differences: the template's input yellow FFF2CC and the old warning FFE699 differ by only 84. */
    private static int distance(byte[] a, byte[] b) {
        int d = 0;
        for (int i = 0; i < 3; i++) {
            d += Math.abs((a[a.length - 3 + i] & 0xFF) - (b[b.length - 3 + i] & 0xFF));
        }
        return d;
    }

    @Test
    void marks_warningStandsOutFromTheInputYellowAndFromErrors() {
        AnnotatedSamples.Sample b = AnnotatedSamples.b(false);
        XSSFWorkbook wb = open(b.annotated());
        String warned = b.report().problems().stream().filter(p -> p.severity() == Severity.WARNING && p.cell() != null)
                .findFirst().orElseThrow().cell();
        XSSFCell cell = NameLookup.reference(wb, warned).orElseThrow();
        byte[] fill = cell.getCellStyle().getFillForegroundColorColor().getRGB();
        assertTrue(distance(fill, Styles.INPUT_FILL) >= 120, "warning against input yellow: " + distance(fill, Styles.INPUT_FILL));
        assertTrue(distance(fill, MarkKind.ERROR.rgbBytes()) >= 100, "warning against error red");
        assertEquals("Goalbook", cell.getCellComment().getAuthor());
    }

    private static XSSFCell cellNamed(XSSFWorkbook wb, String name) {
        return (XSSFCell) goalbook.FilledTemplates.cell(wb, name);
    }

    @Test
    void resend_annotatedCopySavedByAScript_givesOneSetOfMarksAndValidCells() {
        AnnotatedSamples.Sample first = AnnotatedSamples.b(false);
        byte[] resent = ScriptSavedCopy.convert(first.annotated());
        AnnotatedSamples.Sample second = AnnotatedSamples.annotate(first.s(), first.period(), resent);
        XSSFWorkbook wb = open(second.annotated());
        assertValidCells(wb);
        assertEquals(notes(open(first.annotated())), notes(wb), "the same notes, once");
        for (String sheet : List.of("Resultat", "Index", "gb_markeringar")) {
            assertEquals(1, sheetCount(wb, sheet), sheet);
        }
        for (Goal g : first.s().goalsDueIn(2)) {
            assertEquals(CellType.FORMULA, cellNamed(wb, "gb_status_" + g.id()).getCellType(), g.id());
        }
    }

    /**
     * The case from issue 9: an annotated copy whose status cell held the server's label (the formula
     * kept in the ledger), saved with inline strings and sent again, came back as
     * {@code <v>Uppfyllt</v><is><t>Uppgift saknas</t></is>}.
     */
    @Test
    void resend_olderAnnotatedCopyWithStatusAsText_getsItsFormulaBackAsAValidCell() throws IOException {
        AnnotatedSamples.Sample first = AnnotatedSamples.b(false);
        String status = "gb_status_andel_tidiga_skeden";
        byte[] older;
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(first.annotated()))) {
            XSSFCell cell = (XSSFCell) goalbook.FilledTemplates.cell(wb, status);
            String formula = cell.getCellFormula();
            int style = cell.getCellStyle().getIndex();
            cell.removeFormula();
            cell.setCellValue("Uppgift saknas");
            XSSFSheet ledger = wb.getSheet("gb_markeringar");
            XSSFRow row = ledger.createRow(ledger.getLastRowNum() + 1);
            row.createCell(0).setCellValue("Inrapportering");
            row.createCell(1).setCellValue(cell.getAddress().formatAsString());
            row.createCell(2).setCellValue(style);
            row.createCell(3).setCellValue(style);
            row.createCell(4).setCellValue(formula);
            row.createCell(5).setCellValue("OTHER");
            older = ScriptSavedCopy.convert(Filling.bytes(wb));
        }
        XSSFWorkbook again = open(AnnotatedSamples.annotate(first.s(), first.period(), older).annotated());
        assertValidCells(again);
        XSSFCell cell = cellNamed(again, status);
        assertEquals(CellType.FORMULA, cell.getCellType());
        assertEquals(cellNamed(open(first.uploaded()), status).getCellFormula(), cell.getCellFormula());
        assertFalse(cell.getCTCell().isSetIs(), "no inline string left beside the formula");
    }

    /** A cell has either a value or an inline string, never both; a formula never carries an inline string. */
    private static void assertValidCells(XSSFWorkbook wb) {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell c : row) {
                    var ct = ((XSSFCell) c).getCTCell();
                    assertFalse(ct.isSetIs() && (ct.isSetV() || ct.isSetF()),
                            wb.getSheetName(i) + "!" + c.getAddress() + " is not a valid cell: " + ct);
                }
            }
        }
    }

    private static Map<String, String> notes(XSSFWorkbook wb) {
        Map<String, String> notes = new HashMap<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Map.Entry<org.apache.poi.ss.util.CellAddress, XSSFComment> e : wb.getSheetAt(i).getCellComments().entrySet()) {
                if ("Goalbook".equals(e.getValue().getAuthor())) {
                    notes.put(wb.getSheetName(i) + "!" + e.getKey(), e.getValue().getString().getString());
                }
            }
        }
        return notes;
    }

    private static long sheetCount(XSSFWorkbook wb, String name) {
        long n = 0;
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            n += wb.getSheetName(i).equals(name) ? 1 : 0;
        }
        return n;
    }
}
