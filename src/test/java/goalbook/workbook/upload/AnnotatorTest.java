package goalbook.workbook.upload;

import goalbook.workbook.intake.UploadLimits;
import goalbook.workbook.intake.UploadPrescan;
import goalbook.workbook.template.TemplateFormulas;
import goalbook.workbook.MarkKind;
import goalbook.workbook.upload.AnnotatorFixtures;
import static goalbook.workbook.upload.AnnotatorFixtures.COMMENT_TIDIGA;
import static goalbook.workbook.upload.AnnotatorFixtures.FORMULA_COMMENT;
import static goalbook.workbook.upload.AnnotatorFixtures.HEADER_CELL;
import static goalbook.workbook.upload.AnnotatorFixtures.INPUT_SHEET;
import static goalbook.workbook.upload.AnnotatorFixtures.KVINNOR;
import static goalbook.workbook.upload.AnnotatorFixtures.STATUS_NPS;
import static goalbook.workbook.upload.AnnotatorFixtures.STATUS_TIDIGA;
import static goalbook.workbook.upload.AnnotatorFixtures.TIDIGA;
import static goalbook.workbook.upload.AnnotatorFixtures.UNIKA;
import static goalbook.workbook.upload.AnnotatorFixtures.UTLANDSK;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.Report;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
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

    /** Annotates as the server does, keeping live the formulas of this fixture's own (hand-built) template. */
    private byte[] annotate(byte[] original, Report report) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(original));
             XSSFWorkbook template = new XSSFWorkbook(new ByteArrayInputStream(AnnotatorFixtures.filledTemplate()))) {
            return Annotator.annotate(wb, AnnotatorFixtures.structure(), report, AnnotatorFixtures.inputs(), "Almi Väst", original.length,
                    TemplateFormulas.in(template));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFCell cell(XSSFWorkbook wb, String ref) {
        return AnnotatorFixtures.cell(wb.getSheet(INPUT_SHEET), ref);
    }

    private static String fill(XSSFCell cell) {
        XSSFColor color = cell.getCellStyle().getFillForegroundColorColor();
        return cell.getCellStyle().getFillPattern() != FillPatternType.SOLID_FOREGROUND || color == null ? null
                : org.apache.commons.codec.binary.Hex.encodeHexString(color.getRGB()).toUpperCase();
    }

    private static List<XSSFComment> goalbookNotes(XSSFWorkbook wb) {
        List<XSSFComment> notes = new ArrayList<>();
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            wb.getSheetAt(i).getCellComments().values().stream().filter(c -> "Goalbook".equals(c.getAuthor())).forEach(notes::add);
        }
        return notes;
    }

    /** Each row's shown values (as Swedish Excel shows them), trailing blanks dropped. */
    private static List<List<String>> rows(XSSFSheet sheet) {
        DataFormatter f = new DataFormatter(Locale.forLanguageTag("sv-SE"));
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<String> values = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                values.add(row.getCell(c) == null ? "" : f.formatCellValue(row.getCell(c)));
            }
            while (!values.isEmpty() && values.get(values.size() - 1).isEmpty()) {
                values.remove(values.size() - 1);
            }
            rows.add(values);
        }
        return rows;
    }

    private static String first(List<String> row) {
        return row.isEmpty() ? "" : row.get(0);
    }

    private static List<String> rowStartingWith(XSSFSheet sheet, String first) {
        return rows(sheet).stream().filter(r -> !r.isEmpty() && r.get(0).equals(first)).findFirst().orElseThrow(
                () -> new AssertionError("no row starting with " + first + " in " + sheet.getSheetName()));
    }

    @Test
    void annotate_untouchedCells_keepContentAndFormatting() {
        byte[] original = AnnotatorFixtures.filledTemplate();
        XSSFWorkbook before = open(original);
        XSSFWorkbook after = open(annotate(original, AnnotatorFixtures.firstReport()));

        XSSFCell header = cell(after, HEADER_CELL);
        assertEquals("Inrapportering Q2 2025 – Almi Väst", header.getStringCellValue());
        assertEquals("1F4E79", fill(header));
        assertTrue(header.getCellStyle().getFont().getBold());
        assertEquals(cell(before, HEADER_CELL).getCellStyle().getIndex(), header.getCellStyle().getIndex());
        XSSFCell comment = cell(after, COMMENT_TIDIGA);
        assertEquals(FORMULA_COMMENT, comment.getStringCellValue());
        assertEquals("FFF2CC", fill(comment));
        assertEquals(List.of("Instruktioner", INPUT_SHEET, "Målstruktur", "gb_identitet", "Resultat", "Index", "gb_markeringar"),
                sheetNames(after));
        assertEquals(SheetVisibility.HIDDEN, after.getSheetVisibility(after.getSheetIndex("gb_identitet")));
        assertEquals(SheetVisibility.VERY_HIDDEN, after.getSheetVisibility(after.getSheetIndex("gb_markeringar")));
        assertEquals(120.0, cell(after, UNIKA).getNumericCellValue());
        assertNotNull(after.getName("unika_kunder"));
    }

    @Test
    void annotate_problemCells_filledBySeverityWithGoalbookNote() {
        byte[] original = AnnotatorFixtures.filledTemplate();
        XSSFCell originalInput = cell(open(original), UNIKA);
        XSSFWorkbook after = open(annotate(original, AnnotatorFixtures.firstReport()));

        XSSFCell unika = cell(after, UNIKA);
        assertEquals(MarkKind.ERROR.rgb(), fill(unika));
        assertEquals("# ##0", unika.getCellStyle().getDataFormatString(), "number format kept under the fill");
        assertEquals(originalInput.getCellStyle().getBorderLeft(), unika.getCellStyle().getBorderLeft());
        assertFalse(unika.getCellStyle().getLocked(), "input stays unlocked");
        XSSFComment note = unika.getCellComment();
        assertEquals("Goalbook", note.getAuthor());
        assertEquals("Fel: Uppgift saknas: Unika kunder måste fyllas i.", note.getString().getString());

        XSSFCell tidiga = cell(after, TIDIGA);
        assertEquals(MarkKind.WARNING.rgb(), fill(tidiga));
        assertEquals("Varning: Värdet avviker mycket från förra året.\nVarning: Delen får inte vara större än helheten.",
                tidiga.getCellComment().getString().getString());

        // no cell in the problem, found through the measure's cell
        assertEquals(MarkKind.ERROR.rgb(), fill(cell(after, KVINNOR)));
        assertEquals("FFF2CC", fill(cell(after, UTLANDSK)));
        assertNull(cell(after, UTLANDSK).getCellComment());
        // three problem notes, and one on the status the server judged differently (see the status test)
        assertEquals(4, goalbookNotes(after).size());
    }

    @Test
    void annotate_regionsOwnNoteAndProtection_areKept() {
        XSSFWorkbook after = open(annotate(AnnotatorFixtures.filledTemplate(), AnnotatorFixtures.firstReport()));
        XSSFComment own = cell(after, HEADER_CELL).getCellComment();
        assertEquals("Region Väst", own.getAuthor());
        assertEquals("Rubriken är vår egen.", own.getString().getString());
        assertTrue(after.getSheet(INPUT_SHEET).getProtect());
    }

    @Test
    void annotate_statusCells_keepLiveFormulaAndStyle_noteOnlyWhereServerJudgesDifferently() {
        byte[] original = AnnotatorFixtures.filledTemplate();
        XSSFWorkbook before = open(original);
        XSSFWorkbook after = open(annotate(original, AnnotatorFixtures.firstReport()));
        XSSFCell met = cell(after, STATUS_TIDIGA);
        assertEquals(CellType.FORMULA, met.getCellType());
        assertEquals(cell(before, STATUS_TIDIGA).getCellFormula(), met.getCellFormula());
        assertEquals(cell(before, STATUS_TIDIGA).getCellStyle().getIndex(), met.getCellStyle().getIndex());
        assertEquals("Uppfyllt", met.getStringCellValue(), "99 / 120 = 82,5 %: the live preview agrees with the server");
        assertNull(met.getCellComment());

        XSSFCell nps = cell(after, STATUS_NPS);
        assertEquals(CellType.FORMULA, nps.getCellType());
        assertEquals(AnnotatorFixtures.STATUS_NPS_FORMULA, nps.getCellFormula());
        assertNull(fill(nps), "no fixed fill that would go stale");
        assertEquals("Uppfyllt", nps.getStringCellValue(), "the preview (D5 = 120 > 100)");
        assertEquals("Goalbook", nps.getCellComment().getAuthor());
        assertTrue(nps.getCellComment().getString().getString().startsWith("Goalbooks bedömning vid inlämningen: Ej uppfyllt."));
    }

    @Test
    void annotate_resultSheet_listsGoalsOfStructureBAndProblems() {
        XSSFWorkbook after = open(annotate(AnnotatorFixtures.filledTemplate(), AnnotatorFixtures.firstReport()));
        XSSFSheet results = after.getSheet("Resultat");
        assertEquals(after.getSheetIndex(results), after.getActiveSheetIndex());
        assertEquals("3 fel måste rättas innan inlämningen är giltig", rows(results).get(ResultSheet.VERDICT_ROW).get(0));
        assertEquals("Almi Väst, andra kvartalet 2025", rows(results).get(ResultSheet.PLACE_ROW).get(0));
        assertEquals(List.of("Nr", "Mål", "Målnivå", "Utfall", "Status", "Trend", "Kommentar"),
                rows(results).get(ResultSheet.GOAL_HEADER_ROW));
        assertEquals(List.of("Målområde: Fokusgrupper"), rows(results).get(rows(results).indexOf(rowStartingWith(results, "3")) - 1));
        assertEquals(List.of("3", "Andel unika kunder i tidiga skeden", "minst 80,0 %", "82,5 %", "Uppfyllt",
                "Ökat", FORMULA_COMMENT), rowStartingWith(results, "3"));
        assertEquals(List.of("12", "NPS Kundföretag", "minst 55,0", "48,3", "Ej uppfyllt", "Ingen jämförelse"),
                rowStartingWith(results, "12"));
        assertEquals("Rapporteras ej", rowStartingWith(results, "7").get(4));
        assertEquals("–", rowStartingWith(results, "7").get(3));
        assertEquals(12, rows(results).stream().filter(r -> first(r).matches("\\d+")).count());

        List<List<String>> problemRows = rows(results).stream().filter(r -> first(r).equals("Fel") || first(r).equals("Varning")).toList();
        assertEquals(6, problemRows.size());
        assertEquals(List.of("Fel", "Inrapportering!D5", "Uppgift saknas: Unika kunder måste fyllas i."), problemRows.get(0));
        assertEquals(List.of("Fel", "Fel", "Fel", "Varning", "Varning", "Varning"), problemRows.stream().map(r -> r.get(0)).toList(),
                "errors first");
        assertTrue(problemRows.contains(List.of("Fel", "Inrapportering!D7", "Kunder kvinnor är inte ett tal.")));
        assertTrue(problemRows.contains(List.of("Varning", "", "Arbetsboken har ett extra blad.")));
    }

    @Test
    void annotate_formulaLookingComment_isStoredAsInertString() {
        XSSFWorkbook after = open(annotate(AnnotatorFixtures.filledTemplate(), AnnotatorFixtures.firstReport()));
        XSSFSheet results = after.getSheet("Resultat");
        int rowIndex = rows(results).indexOf(rowStartingWith(results, "3"));
        XSSFCell comment = results.getRow(rowIndex).getCell(6);
        assertEquals(CellType.STRING, comment.getCellType());
        assertEquals(FORMULA_COMMENT, comment.getStringCellValue());
        assertTrue(comment.getCellStyle().getQuotePrefixed());
    }

    @Test
    void annotate_indexSheet_listsIndicesAndComponents() {
        XSSFWorkbook after = open(annotate(AnnotatorFixtures.filledTemplate(), AnnotatorFixtures.firstReport()));
        XSSFSheet index = after.getSheet("Index");
        var s = AnnotatorFixtures.structure();
        assertEquals(List.of("Index Fokusgrupper", "112,4", "", "Båda delindex beräknade"), rowStartingWith(index, "Index Fokusgrupper"));
        assertEquals(List.of("Delindex", "Värde", "Vikt", "Beräkning"), rowStartingWith(index, "Delindex"));
        assertEquals(List.of("Delindex kvinnor", "118,2", "1", "100 × (" + s.measure("kunder_kvinnor").label() + " / "
                + s.measure("unika_kunder").label() + ") / " + s.measure("jmf_andel_kvinnor").label()), rowStartingWith(index, "Delindex kvinnor"));
        assertEquals(List.of("Måluppfyllelse", "50,0", "", "1 av 2 mål uppfyllda"), rowStartingWith(index, "Måluppfyllelse"));
        XSSFCell value = index.getRow(rows(index).indexOf(rowStartingWith(index, "Delindex kvinnor"))).getCell(1);
        assertEquals(CellType.NUMERIC, value.getCellType());
        assertEquals(118.2, value.getNumericCellValue(), 1e-9);
    }

    @Test
    void annotate_annotatedWorkbookAgain_replacesMarksInsteadOfStacking() {
        byte[] original = AnnotatorFixtures.filledTemplate();
        int originalInputStyle = cell(open(original), UNIKA).getCellStyle().getIndex();
        byte[] once = annotate(original, AnnotatorFixtures.firstReport());
        XSSFWorkbook twice = open(annotate(once, AnnotatorFixtures.secondReport()));

        XSSFCell unika = cell(twice, UNIKA);
        assertEquals("FFF2CC", fill(unika), "old red fill removed");
        assertEquals(originalInputStyle, unika.getCellStyle().getIndex(), "the original style itself is back");
        assertNull(unika.getCellComment());
        assertEquals("FFF2CC", fill(cell(twice, TIDIGA)));
        assertEquals("FFF2CC", fill(cell(twice, KVINNOR)));
        assertEquals(MarkKind.ERROR.rgb(), fill(cell(twice, UTLANDSK)));
        List<XSSFComment> notes = goalbookNotes(twice);
        assertEquals(1, notes.size());
        assertEquals("Fel: Kunder utländsk bakgrund är inte ett tal.", notes.get(0).getString().getString());
        assertEquals("Region Väst", cell(twice, HEADER_CELL).getCellComment().getAuthor());

        assertEquals(CellType.FORMULA, cell(twice, STATUS_NPS).getCellType());
        assertEquals("Uppfyllt", cell(twice, STATUS_NPS).getStringCellValue());
        assertNull(fill(cell(twice, STATUS_NPS)));
        assertEquals(1, sheetNames(twice).stream().filter("Resultat"::equals).count());
        assertEquals(1, sheetNames(twice).stream().filter("Index"::equals).count());
        assertEquals(1, sheetNames(twice).stream().filter("gb_markeringar"::equals).count());
        XSSFSheet results = twice.getSheet("Resultat");
        assertEquals(1, rows(results).stream().filter(r -> first(r).equals("Fel") || first(r).equals("Varning")).count());
        assertEquals("1 fel måste rättas innan inlämningen är giltig", rows(results).get(ResultSheet.VERDICT_ROW).get(0));
        assertEquals("Uppfyllt", rowStartingWith(results, "12").get(4));
    }

    @Test
    void annotate_sameReportTwice_givesSameMarksAndNoNewStyles() {
        byte[] once = annotate(AnnotatorFixtures.filledTemplate(), AnnotatorFixtures.firstReport());
        byte[] twice = annotate(once, AnnotatorFixtures.firstReport());
        XSSFWorkbook a = open(once);
        XSSFWorkbook b = open(twice);
        assertEquals(goalbookNotes(a).size(), goalbookNotes(b).size());
        for (String ref : List.of(UNIKA, TIDIGA, KVINNOR, UTLANDSK, STATUS_TIDIGA, STATUS_NPS, HEADER_CELL)) {
            assertEquals(cell(a, ref).getCellStyle().getIndex(), cell(b, ref).getCellStyle().getIndex(), ref);
        }
        // marks reuse their styles; only the new Resultat/Index sheets' own styles are added again
        int added = b.getNumCellStyles() - a.getNumCellStyles();
        int third = open(annotate(twice, AnnotatorFixtures.firstReport())).getNumCellStyles() - b.getNumCellStyles();
        assertEquals(added, third, "styles grow by a fixed amount per annotation, not per marked cell");
        assertArrayEquals(rows(a.getSheet("Resultat")).toArray(), rows(b.getSheet("Resultat")).toArray());
    }

    @Test
    void annotate_goalMissingFromLaterReport_keepsItsLiveFormulaAndNoMarks() {
        byte[] once = annotate(AnnotatorFixtures.filledTemplate(), AnnotatorFixtures.firstReport());
        Report withoutGoals = new Report("almi-2021", "x", "2025-Q2", "vast", List.of(), List.of(), List.of());
        XSSFWorkbook twice = open(annotate(once, withoutGoals));
        XSSFCell status = cell(twice, STATUS_NPS);
        assertEquals(CellType.FORMULA, status.getCellType());
        assertEquals(AnnotatorFixtures.STATUS_NPS_FORMULA, status.getCellFormula());
        assertNull(fill(status));
        assertTrue(goalbookNotes(twice).isEmpty());
        assertEquals("Inga fel eller varningar.", rowStartingWith(twice.getSheet("Resultat"), "Inga fel eller varningar.").get(0));
        assertEquals("Giltig inlämning – inga mål rapporteras detta kvartal", rows(twice.getSheet("Resultat")).get(ResultSheet.VERDICT_ROW).get(0));
    }

    @Test
    void annotate_output_passesUploadPrescan_soItCanBeSentAgain() {
        byte[] once = annotate(AnnotatorFixtures.filledTemplate(), AnnotatorFixtures.firstReport());
        UploadPrescan.check(once, UploadLimits.DEFAULT);
        UploadPrescan.check(annotate(once, AnnotatorFixtures.secondReport()), UploadLimits.DEFAULT);
        assertEquals(1, goalbookNotes(open(annotate(once, AnnotatorFixtures.secondReport()))).size());
    }

    private static List<String> sheetNames(XSSFWorkbook wb) {
        List<String> names = new ArrayList<>();
        wb.forEach(s -> names.add(s.getSheetName()));
        return names;
    }
}
