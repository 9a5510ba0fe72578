package goalbook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SwedishFormatTest {

    private static String f(String v, Unit u) {
        return SwedishFormat.format(new BigDecimal(v), u);
    }

    @Test
    void format_shareAndPercent_percentWithOneDecimalAndComma() {
        assertEquals("80,0 %", f("0.7996", Unit.SHARE));
        assertEquals("79,9 %", f("0.7994", Unit.SHARE));
        assertEquals("100,0 %", f("1", Unit.SHARE));
        assertEquals("2,0 %", f("0.02", Unit.PERCENT));
        assertEquals("-3,5 %", f("-0.035", Unit.PERCENT));
    }

    @Test
    void format_sek_wholeKronorWithSpaceThousands() {
        assertEquals("1 250 kr", f("1250", Unit.SEK));
        assertEquals("40 000 000 kr", f("40000000", Unit.SEK));
        assertEquals("12 000 kr", f("11999.5", Unit.SEK));
        assertEquals("-300 000 kr", f("-300000", Unit.SEK));
        assertEquals("999 kr", f("999", Unit.SEK));
    }

    @Test
    void format_countWholeAndIndexOneDecimal() {
        assertEquals("120", f("120", Unit.COUNT));
        assertEquals("1 200", f("1200", Unit.COUNT));
        assertEquals("85,0", f("85", Unit.INDEX));
        assertEquals("129,2", f("129.1666", Unit.INDEX));
        assertEquals("0,0", f("-0.01", Unit.INDEX));
    }

    @Test
    void format_null_isDash() {
        assertEquals("–", SwedishFormat.format(null, Unit.SHARE));
    }

    @Test
    void exact_keepsWhatWasTyped() {
        assertEquals("12,5", SwedishFormat.exact(new BigDecimal("12.50")));
        assertEquals("1 200", SwedishFormat.exact(new BigDecimal("1.2E+3")));
        assertEquals("-5 000", SwedishFormat.exact(new BigDecimal("-5000")));
    }
}
