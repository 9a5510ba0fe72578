package goalbook.workbook.upload;

import goalbook.evaluation.GoalResult;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.PartResult;
import goalbook.evaluation.Problem;
import goalbook.evaluation.Report;
import goalbook.evaluation.SubmittedInputs;
import goalbook.evaluation.Trend;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.TestStructures;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small filled template for structure B, Q2, built with POI the way the template contract describes:
 * inputs D5:D8 named by measure id, statuses F10:F11 ({@code gb_status_*}) with live formulas, comments
 * H10:H11 ({@code gb_comment_*}), custom styles, a protected input sheet and a note the region wrote.
 */
final class AnnotatorFixtures {
    static final String INPUT_SHEET = "Inrapportering";
    static final String HEADER_CELL = "B2";
    static final String UNIKA = "D5";
    static final String TIDIGA = "D6";
    static final String KVINNOR = "D7";
    static final String UTLANDSK = "D8";
    static final String STATUS_TIDIGA = "F10";
    static final String STATUS_NPS = "F11";
    static final String COMMENT_TIDIGA = "H10";
    static final String FORMULA_COMMENT = "=HYPERLINK(\"http://evil.example\",\"klicka\")";
    static final String STATUS_NPS_FORMULA = "IF(D5>100,\"Uppfyllt\",\"Ej uppfyllt\")";
    static final byte[] INPUT_FILL = {(byte) 0xFF, (byte) 0xF2, (byte) 0xCC};
    static final byte[] HEADER_FILL = {(byte) 0x1F, (byte) 0x4E, (byte) 0x79};

    private AnnotatorFixtures() {}

    static GoalStructure structure() {
        return TestStructures.structureB();
    }

    static byte[] filledTemplate() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Instruktioner").createRow(0).createCell(0).setCellValue("Fyll i de gula cellerna.");
            XSSFSheet in = wb.createSheet(INPUT_SHEET);
            wb.createSheet("Målstruktur").createRow(0).createCell(0).setCellValue("Mål");
            XSSFSheet identity = wb.createSheet("gb_identitet");
            identity.createRow(0).createCell(0).setCellValue("structure");
            identity.getRow(0).createCell(1).setCellValue("almi-2021");
            wb.setSheetVisibility(wb.getSheetIndex(identity), SheetVisibility.HIDDEN);

            XSSFCellStyle header = wb.createCellStyle();
            XSSFFont bold = wb.createFont();
            bold.setBold(true);
            bold.setColor(new XSSFColor(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF}, null));
            header.setFont(bold);
            header.setFillForegroundColor(new XSSFColor(HEADER_FILL, null));
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THICK);
            XSSFCellStyle input = wb.createCellStyle();
            input.setFillForegroundColor(new XSSFColor(INPUT_FILL, null));
            input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            input.setLocked(false);
            input.setBorderLeft(BorderStyle.THIN);
            input.setDataFormat(wb.createDataFormat().getFormat("# ##0"));

            cell(in, HEADER_CELL).setCellValue("Inrapportering Q2 2025 – Almi Väst");
            cell(in, HEADER_CELL).setCellStyle(header);
            String[][] inputs = {{UNIKA, "unika_kunder", "120"}, {TIDIGA, "kunder_tidiga_skeden", "99"},
                    {KVINNOR, "kunder_kvinnor", "40"}, {UTLANDSK, "kunder_utlandsk_bakgrund", "25"}};
            for (String[] i : inputs) {
                cell(in, "C" + i[0].substring(1)).setCellValue(i[1]);
                cell(in, i[0]).setCellValue(Double.parseDouble(i[2]));
                cell(in, i[0]).setCellStyle(input);
                name(wb, i[1], i[0]);
            }
            cell(in, STATUS_TIDIGA).setCellFormula("IF(D6/D5>=0.8,\"Uppfyllt\",\"Ej uppfyllt\")");
            cell(in, STATUS_NPS).setCellFormula(STATUS_NPS_FORMULA);
            name(wb, "gb_status_andel_tidiga_skeden", STATUS_TIDIGA);
            name(wb, "gb_status_nps", STATUS_NPS);
            cell(in, COMMENT_TIDIGA).setCellValue(FORMULA_COMMENT);
            cell(in, COMMENT_TIDIGA).setCellStyle(input);
            name(wb, "gb_comment_andel_tidiga_skeden", COMMENT_TIDIGA);

            XSSFDrawing drawing = in.createDrawingPatriarch();
            XSSFComment own = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, 4, 1, 7, 4));
            own.setString(new XSSFRichTextString("Rubriken är vår egen."));
            own.setAuthor("Region Väst");
            cell(in, HEADER_CELL).setCellComment(own);
            in.protectSheet("");
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static org.apache.poi.xssf.usermodel.XSSFCell cell(XSSFSheet sheet, String ref) {
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        XSSFRow row = sheet.getRow(r.getRow()) != null ? sheet.getRow(r.getRow()) : sheet.createRow(r.getRow());
        return row.getCell(r.getCol()) != null ? row.getCell(r.getCol()) : row.createCell(r.getCol());
    }

    private static void name(XSSFWorkbook wb, String name, String ref) {
        XSSFName n = wb.createName();
        n.setNameName(name);
        org.apache.poi.ss.util.CellReference r = new org.apache.poi.ss.util.CellReference(ref);
        n.setRefersToFormula(INPUT_SHEET + "!$" + r.formatAsString().replaceAll("([A-Z]+)(\\d+)", "$1\\$$2"));
    }

    static SubmittedInputs inputs() {
        return new SubmittedInputs(
                Map.of("unika_kunder", new BigDecimal("120"), "kunder_tidiga_skeden", new BigDecimal("99")),
                Map.of("unika_kunder", INPUT_SHEET + "!" + UNIKA, "kunder_tidiga_skeden", INPUT_SHEET + "!" + TIDIGA,
                        "kunder_kvinnor", INPUT_SHEET + "!" + KVINNOR, "kunder_utlandsk_bakgrund", INPUT_SHEET + "!" + UTLANDSK),
                Map.of("andel_tidiga_skeden", FORMULA_COMMENT),
                Map.of("andel_tidiga_skeden", INPUT_SHEET + "!" + COMMENT_TIDIGA),
                List.of());
    }

    /** Structure B's twelve goals: andel_tidiga_skeden MET, nps as given, the rest NOT_DUE. */
    static List<GoalResult> goals(GoalStatus nps) {
        GoalStructure s = structure();
        List<GoalResult> all = new ArrayList<>();
        for (Goal g : s.goals()) {
            GoalStatus status = switch (g.id()) {
                case "andel_tidiga_skeden" -> GoalStatus.MET;
                case "nps" -> nps;
                default -> GoalStatus.NOT_DUE;
            };
            BigDecimal value = switch (g.id()) {
                case "andel_tidiga_skeden" -> new BigDecimal("0.825");
                case "nps" -> new BigDecimal("48.25");
                case "utbetalda_lan" -> null;
                default -> null;
            };
            String target = g.id().equals("andel_tidiga_skeden") ? "minst 80,0 %" : "minst 55,0";
            String comment = g.id().equals("andel_tidiga_skeden") ? FORMULA_COMMENT : null;
            Trend trend = g.id().equals("andel_tidiga_skeden") ? Trend.UP : Trend.NO_COMPARISON;
            PartResult part = new PartResult(g.parts().get(0).id(), g.parts().get(0).name(), status, value, target, trend);
            all.add(new GoalResult(g.id(), g.number(), g.name(), s.areaOf(g).name(), g.type(), status, value, target,
                    trend, comment, List.of(part)));
        }
        return all;
    }

    static List<IndexResult> indices() {
        return List.of(
                new IndexResult("index_fokusgrupper", "Index Fokusgrupper", new BigDecimal("112.44"), List.of(
                        new IndexResult.Component("kvinnor", "Delindex kvinnor", new BigDecimal("118.2"), BigDecimal.ONE,
                                "100 * (kunder_kvinnor / unika_kunder) / jmf_andel_kvinnor"),
                        new IndexResult.Component("utlandsk", "Delindex utländsk bakgrund", new BigDecimal("106.68"), BigDecimal.ONE,
                                "100 * (kunder_utlandsk_bakgrund / unika_kunder) / jmf_andel_utlandsk")),
                        "Båda delindex beräknade"),
                new IndexResult("maluppfyllelse", "Måluppfyllelse", new BigDecimal("50"), List.of(), "1 av 2 mål uppfyllda"));
    }

    static Report firstReport() {
        List<Problem> problems = List.of(
                Problem.error("required", "unika_kunder", INPUT_SHEET + "!" + UNIKA, "Uppgift saknas: Unika kunder måste fyllas i."),
                Problem.warning("implausible", "kunder_tidiga_skeden", INPUT_SHEET + "!" + TIDIGA, "Värdet avviker mycket från förra året."),
                Problem.warning("exceeds_whole", "kunder_tidiga_skeden", INPUT_SHEET + "!" + TIDIGA, "Delen får inte vara större än helheten."),
                Problem.error("not_a_number", "kunder_kvinnor", null, "Kunder kvinnor är inte ett tal."),
                Problem.warning("workbook", null, null, "Arbetsboken har ett extra blad."),
                Problem.error("elsewhere", null, "Saknas!A1", "Pekar på ett blad som inte finns."));
        return new Report("almi-2021", structure().revision(), "2025-Q2", "vast", problems, goals(GoalStatus.NOT_MET), indices());
    }

    /** After the region fixed D5 and D6: only D8 is wrong now, and NPS is met. */
    static Report secondReport() {
        List<Problem> problems = List.of(
                Problem.error("not_a_number", "kunder_utlandsk_bakgrund", INPUT_SHEET + "!" + UTLANDSK, "Kunder utländsk bakgrund är inte ett tal."));
        return new Report("almi-2021", structure().revision(), "2025-Q2", "vast", problems, goals(GoalStatus.MET), indices());
    }
}
