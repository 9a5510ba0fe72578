package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.evaluation.Severity;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CellTextTest {

    private static String n(String value, Unit unit) {
        return CellText.number(new BigDecimal(value), unit);
    }

    @Test
    void number_share_isPercentWithOneDecimalAndComma() {
        assertEquals("80,0 %", n("0.8", Unit.SHARE));
        assertEquals("82,4 %", n("0.82449", Unit.SHARE));
        assertEquals("82,5 %", n("0.8245", Unit.SHARE));
        assertEquals("100,0 %", n("1", Unit.SHARE));
    }

    @Test
    void number_percentStoredAsFraction_isShownTimesHundred() {
        assertEquals("3,0 %", n("0.03", Unit.PERCENT));
        assertEquals("-0,5 %", n("-0.005", Unit.PERCENT));
        assertEquals("0,0 %", n("-0.0004", Unit.PERCENT));
    }

    @Test
    void number_sek_isWholeKronorWithSpaceThousands() {
        assertEquals("1 234 567 kr", n("1234567.4", Unit.SEK));
        assertEquals("1 234 568 kr", n("1234567.5", Unit.SEK));
        assertEquals("999 kr", n("999", Unit.SEK));
        assertEquals("-12 000 kr", n("-12000", Unit.SEK));
    }

    @Test
    void number_countAndIndex() {
        assertEquals("1 234", n("1234", Unit.COUNT));
        assertEquals("112,4", n("112.44", Unit.INDEX));
        assertEquals("-1,3", n("-1.25", Unit.INDEX));
    }

    @Test
    void number_null_isDash() {
        assertEquals("–", CellText.number(null, Unit.SHARE));
    }

    @Test
    void plain_stripsTrailingZeros() {
        assertEquals("1,5", CellText.plain(new BigDecimal("1.50")));
        assertEquals("100", CellText.plain(new BigDecimal("1E+2")));
    }

    @Test
    void severity_isSwedish() {
        assertEquals("Fel", CellText.severity(Severity.ERROR));
        assertEquals("Varning", CellText.severity(Severity.WARNING));
    }
}
