package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFRichTextString;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The checker itself: a clean POI workbook passes, and each defect Excel would repair is reported with its part and element. */
class OoxmlConformanceTest {
    private static final String SHEET = "/xl/worksheets/sheet1.xml";

    /** Sheet "Data": A1 = 12.5 on a yellow ARGB fill with a note, B1 = "text", name "gb_value" → A1. */
    private static byte[] clean() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Data");
            XSSFRow row = sheet.createRow(0);
            XSSFCellStyle yellow = wb.createCellStyle();
            yellow.setFillForegroundColor(Styles.colour(Styles.INPUT_FILL));
            yellow.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            row.createCell(0).setCellValue(12.5);
            row.getCell(0).setCellStyle(yellow);
            row.createCell(1).setCellValue("text");
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFComment note = drawing.createCellComment(new XSSFClientAnchor(0, 0, 0, 0, 2, 0, 5, 4));
            note.setString(new XSSFRichTextString("En anteckning."));
            row.getCell(0).setCellComment(note);
            XSSFName name = wb.createName();
            name.setNameName("gb_value");
            name.setRefersToFormula("Data!$A$1");
            return Filling.bytes(wb);
        }
    }

    private static List<String> problems(byte[] xlsx) {
        return OoxmlConformance.problems(xlsx);
    }

    private static void assertReported(List<String> problems, String... fragments) {
        assertTrue(problems.stream().anyMatch(p -> List.of(fragments).stream().allMatch(p::contains)),
                "expected a problem with " + List.of(fragments) + " in " + problems);
    }

    @Test
    void cleanPoiWorkbook_hasNoProblems() throws IOException {
        assertEquals(List.of(), problems(clean()));
    }

    @Test
    void colourOfSixHexDigits_isASchemaError_eightDigitsAreNot() throws IOException {
        byte[] xlsx = clean();
        assertTrue(new String(entry(xlsx, "xl/styles.xml")).contains("rgb=\"FFFFF2CC\""));
        assertReported(problems(Filling.replaceInEntry(xlsx, "xl/styles.xml", "rgb=\"FFFFF2CC\"", "rgb=\"FFF2CC\"")),
                "/xl/styles.xml", "fgColor@rgb");
    }

    @Test
    void lineChartWithoutGrouping_isASchemaError() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sheet = wb.createSheet("Diagram");
            for (int r = 0; r < 3; r++) {
                sheet.createRow(r).createCell(0).setCellValue("Q" + (r + 1));
                sheet.getRow(r).createCell(1).setCellValue(r * 10.0);
            }
            XSSFDrawing drawing = sheet.createDrawingPatriarch();
            XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 3, 0, 10, 15));
            var x = chart.createCategoryAxis(AxisPosition.BOTTOM);
            var y = chart.createValueAxis(AxisPosition.LEFT);
            XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
            lines.addSeries(XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(0, 2, 0, 0)),
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(0, 2, 1, 1)));
            chart.plot(lines);
            byte[] without = Filling.bytes(wb);
            assertReported(problems(without), "/xl/charts/chart1.xml", "lineChart", "grouping");

            lines.setGrouping(org.apache.poi.xddf.usermodel.chart.Grouping.STANDARD);
            assertEquals(List.of(), problems(Filling.bytes(wb)));
        }
    }

    @Test
    void cellWithBothValueAndInlineString_isReported() throws IOException {
        byte[] xlsx = Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "<v>12.5</v>", "<v>12.5</v><is><t>tolv</t></is>");
        assertReported(problems(xlsx), SHEET, "cell A1", "both <v> and <is>");
        byte[] inline = Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "<c r=\"A1\" t=\"n\" s=\"1\"><v>12.5</v>",
                "<c r=\"A1\" t=\"inlineStr\" s=\"1\"><is><t>tolv</t></is>");
        assertTrue(new String(entry(inline, "xl/worksheets/sheet1.xml")).contains("inlineStr"));
        assertEquals(List.of(), problems(inline));
    }

    @Test
    void sheetName_atMost31Characters() throws IOException {
        String name31 = "A".repeat(31);
        assertEquals(List.of(), problems(rename(clean(), name31)));
        assertReported(problems(rename(clean(), name31 + "B")), "sheet '" + name31 + "B'", "1 to 31 characters");
        assertReported(problems(rename(clean(), "Data[1]")), "character Excel forbids");
    }

    @Test
    void sheetNames_uniqueIgnoringCase() throws IOException {
        byte[] two;
        try (XSSFWorkbook wb = Filling.open(clean())) {
            wb.createSheet("Resultat");
            two = Filling.bytes(wb);
        }
        assertEquals(List.of(), problems(two));
        assertReported(problems(Filling.replaceInEntry(two, "xl/workbook.xml", "name=\"Resultat\"", "name=\"DATA\"")),
                "sheet 'DATA'", "used twice (ignoring case)");
    }

    @Test
    void definedNames_followExcelsSyntax() {
        for (String ok : List.of("gb_status_nps", "_hjälp", "\\a.b", "XFE1", "A1048577", "RC1A", "å1")) {
            assertTrue(OoxmlWorkbookRules.validName(ok), ok);
        }
        for (String bad : List.of("XFD1048576", "A1", "$B$2", "R", "C", "R1C1", "rc", "1abc", "gb status", "gb-status", "")) {
            assertFalse(OoxmlWorkbookRules.validName(bad), bad);
        }
    }

    @Test
    void definedName_likeACellReference_isReported() throws IOException {
        assertReported(problems(Filling.replaceInEntry(clean(), "xl/workbook.xml", "name=\"gb_value\"", "name=\"AB12\"")),
                "definedName 'AB12'", "not a name Excel accepts");
    }

    @Test
    void cells_inOrderAndUnique() throws IOException {
        byte[] swapped = Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "r=\"B1\"", "r=\"A1\"");
        assertReported(problems(swapped), SHEET, "cell A1", "out of order or repeated");
        byte[] wrongRow = Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "r=\"B1\"", "r=\"B2\"");
        assertReported(problems(wrongRow), "cell B2", "does not belong to row 1");
    }

    @Test
    void styleIndex_mustExist() throws IOException {
        byte[] xlsx = clean();
        int xfs = countOf(new String(entry(xlsx, "xl/styles.xml")), "<xf ") - 1; // one is in cellStyleXfs
        assertEquals(List.of(), problems(Filling.replaceInEntry(xlsx, "xl/worksheets/sheet1.xml", "s=\"1\"", "s=\"" + (xfs - 1) + "\"")));
        assertReported(problems(Filling.replaceInEntry(xlsx, "xl/worksheets/sheet1.xml", "s=\"1\"", "s=\"" + xfs + "\"")),
                "cell A1@s", "style " + xfs + " but there are " + xfs);
    }

    @Test
    void numericCell_holdsANumber() throws IOException {
        for (String ok : List.of("12.5", "-1E-3", ".5", "7")) {
            assertEquals(List.of(), problems(Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "<v>12.5</v>", "<v>" + ok + "</v>")), ok);
        }
        for (String bad : List.of("12,5", "NaN", "75,9 %")) {
            assertReported(problems(Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "<v>12.5</v>", "<v>" + bad + "</v>")),
                    "cell A1 (t=\"n\")", "'" + bad + "' does not fit");
        }
    }

    @Test
    void relationshipTarget_mustExistWithAContentType() throws IOException {
        byte[] missing = Filling.replaceInEntry(clean(), "xl/worksheets/_rels/sheet1.xml.rels", "comments1.xml", "comments9.xml");
        assertReported(problems(missing), "relationship", "/xl/comments9.xml is missing");
        byte[] untyped = Filling.replaceInEntry(clean(), "[Content_Types].xml", "Extension=\"vml\"", "Extension=\"vmx\"");
        assertReported(problems(untyped), "/xl/drawings/vmlDrawing0.vml: no content type");
        assertReported(problems(untyped), "relationship rId3", "vmlDrawing0.vml has no content type");
    }

    @Test
    void comments_pairedWithTheirVmlNoteShapes() throws IOException {
        byte[] noLegacy = Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "<legacyDrawing r:id=\"rId3\"/>", "");
        assertFalse(new String(entry(noLegacy, "xl/worksheets/sheet1.xml")).contains("legacyDrawing"));
        assertReported(problems(noLegacy), SHEET, "no legacyDrawing");
        byte[] moved = Filling.replaceInEntry(clean(), "xl/drawings/vmlDrawing0.vml", "<x:Row>0</x:Row>", "<x:Row>4</x:Row>");
        assertReported(problems(moved), "comments without shape [A1]", "shapes without comment [A5]");
    }

    @Test
    void markupCompatibility_ignorableNamespacesAreDropped_undeclaredOnesAreErrors() throws IOException {
        String x14ac = "xmlns:x14ac=\"http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac\"";
        String mc = "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";
        byte[] declared = Filling.replaceInEntry(clean(), "xl/worksheets/sheet1.xml", "<row r=\"1\"", "<row r=\"1\" x14ac:dyDescent=\"0.25\"");
        byte[] ignorable = Filling.replaceInEntry(declared, "xl/worksheets/sheet1.xml", "<worksheet ",
                "<worksheet " + mc + " " + x14ac + " mc:Ignorable=\"x14ac\" ");
        assertEquals(List.of(), problems(ignorable));
        byte[] notIgnorable = Filling.replaceInEntry(declared, "xl/worksheets/sheet1.xml", "<worksheet ", "<worksheet " + x14ac + " ");
        assertReported(problems(notIgnorable), SHEET, "row@dyDescent");
    }

    @Test
    void footerAndListValidation_atMost255Characters() throws IOException {
        // the footer's "&C" counts too: 253 + 2 is the most Excel keeps
        assertEquals(List.of(), problems(withFooterAndList("f".repeat(253))));
        byte[] over = Filling.replaceInEntry(withFooterAndList("f".repeat(254)), "xl/worksheets/sheet1.xml", "<formula1>\"", "<formula1>\"a");
        assertReported(problems(over), "headerFooter/oddFooter", "256 characters, Excel allows 255");
        assertReported(problems(over), "dataValidation A1", "list of 256 characters, Excel allows 255");
    }

    /** Sheet "Data" with a centred footer and a list validation on A1 of 255 characters, the most POI writes. */
    private static byte[] withFooterAndList(String footer) throws IOException {
        try (XSSFWorkbook wb = Filling.open(clean())) {
            XSSFSheet sheet = wb.getSheet("Data");
            sheet.getFooter().setCenter(footer);
            var helper = sheet.getDataValidationHelper();
            sheet.addValidationData(helper.createValidation(helper.createExplicitListConstraint(new String[] {"a".repeat(253), "b"}),
                    new org.apache.poi.ss.util.CellRangeAddressList(0, 0, 0, 0)));
            return Filling.bytes(wb);
        }
    }

    private static byte[] rename(byte[] xlsx, String name) throws IOException {
        return Filling.replaceInEntry(xlsx, "xl/workbook.xml", "name=\"Data\"", "name=\"" + name + "\"");
    }

    private static int countOf(String text, String what) {
        return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
    }

    private static byte[] entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return in.readAllBytes();
                }
            }
        }
        throw new AssertionError("no entry " + name);
    }
}
