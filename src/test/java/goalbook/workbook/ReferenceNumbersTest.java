package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReferenceNumbersTest {

    private static BigDecimal n(String text) {
        return ReferenceNumbers.parse(text).orElseThrow(() -> new AssertionError("not a number: " + text));
    }

    @Test
    void parse_swedishPercent_isFraction() {
        assertEquals(0, new BigDecimal("0.125").compareTo(n("12,5 %")));
        assertEquals(0, new BigDecimal("0.345").compareTo(n("34,5%")));
    }

    @Test
    void parse_spacesAsThousandSeparators_areIgnored() {
        assertEquals(new BigDecimal("1200"), n("1 200"));
        assertEquals(new BigDecimal("1200000"), n("1\u00A0200\u202F000 kr"));
    }

    @Test
    void parse_minusSignsAndDecimalComma_work() {
        assertEquals(new BigDecimal("-3.5"), n("\u22123,5"));
        assertEquals(new BigDecimal("-3.5"), n("-3,5"));
        assertEquals(new BigDecimal("0.5"), n("0.5"));
    }

    @Test
    void parse_wordsMixedSeparatorsAndBlank_areNoNumber() {
        assertEquals(Optional.empty(), ReferenceNumbers.parse("abc"));
        assertEquals(Optional.empty(), ReferenceNumbers.parse("ca 80"));
        assertEquals(Optional.empty(), ReferenceNumbers.parse("1.200,5"));
        assertEquals(Optional.empty(), ReferenceNumbers.parse("  "));
        assertEquals(Optional.empty(), ReferenceNumbers.parse("%"));
        assertTrue(ReferenceNumbers.parse(null).isEmpty());
    }
}
