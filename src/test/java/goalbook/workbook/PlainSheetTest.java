package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many lines wrapped text needs, which sets the row heights of Resultat and Index. */
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
}
