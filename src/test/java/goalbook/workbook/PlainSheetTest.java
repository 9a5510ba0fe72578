package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many lines wrapped text needs, which sets the row heights of Resultat and Index; text kept in its cell. */
class PlainSheetTest {

    @ParameterizedTest(name = "\"{0}\" in {1} characters → {2} lines")
    @CsvSource(delimiter = '|', value = {
            "abcde fghij | 11 | 1",   // exactly fits
            "abcde fghij | 10 | 2",   // one short: the second word moves down
            "abcde fghij | 12 | 1",
            "abcdefghijk | 10 | 2",   // a word longer than a line is broken
            "abcdefghij | 10 | 1",
            "abcdefghijklmnopqrstu | 10 | 3",
            "a b c | 1 | 3"})
    void lines_wrapAtSpaces(String text, int perLine, int expected) {
        assertEquals(expected, PlainSheet.lines(text, perLine));
    }

    @Test
    void lines_eachParagraphStartsALine() {
        assertEquals(2, PlainSheet.lines("Fel: ett\nVarning: två", 40));
        assertEquals(3, PlainSheet.lines("a\n\nb", 40));
    }

    @Test
    void text_isKeptInItsCell_andReadsBackAsWritten() throws IOException {
        String[] texts = {"Uppfyllt", "  två inledande blanksteg", "ett avslutande ", "Fel: ett\nVarning: två", "Måluppfyllelse 80 %"};
        byte[] saved;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PlainSheet sheet = new PlainSheet(wb, "Resultat", 40, 20);
            for (int i = 0; i < texts.length; i++) {
                sheet.text(i, 0, texts[i]);
            }
            wb.write(out);
            saved = out.toByteArray();
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(saved))) {
            assertEquals(0, wb.getSharedStringSource().getCount(), "no text in the shared string table");
            for (int i = 0; i < texts.length; i++) {
                XSSFCell cell = wb.getSheet("Resultat").getRow(i).getCell(0);
                assertEquals(CellType.STRING, cell.getCellType());
                assertEquals("inlineStr", cell.getCTCell().getT().toString());
                assertEquals(texts[i], cell.getStringCellValue(), "spaces and line breaks kept");
                boolean edges = !texts[i].equals(texts[i].strip()) || texts[i].contains("\n");
                assertEquals(edges, cell.getCTCell().getIs().xmlText().contains("xml:space=\"preserve\""),
                        "Excel keeps such spaces only when told to: " + texts[i]);
            }
        }
    }
}
