package goalbook.workbook.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The value axis of a chart: from zero, a share's axis ending at 100 %, and when a group's sum is drawn apart. */
class ChartScaleTest {

    private static List<BigDecimal> values(String... v) {
        return Arrays.stream(v).map(x -> x == null ? null : new BigDecimal(x)).toList();
    }

    @Test
    void positiveValues_axisFromZero() {
        Charts.Axis a = ChartScale.of(Unit.COUNT, values("155", "160")).axis(values("155", "160", null));
        assertEquals(0.0, a.min());
        assertNull(a.max());
        assertEquals("#,##0", a.format());
    }

    @Test
    void zeroOnly_axisFromZero() {
        assertEquals(0.0, ChartScale.of(Unit.COUNT, values("0")).axis(values("0")).min());
    }

    @Test
    void share_atMost100Percent_axisEndsAt100_justAbove_noCap() {
        ChartScale s = ChartScale.of(Unit.SHARE, values("0.7"));
        assertEquals(100.0, s.axis(values("0.7", "1")).max(), "exactly 100 %");
        assertEquals(100.0, s.axis(values("0.7", "0.9999")).max(), "just below");
        assertNull(s.axis(values("0.7", "1.0001")).max(), "just above: utilisation 100,01 % must show");
        assertEquals(0.0, s.axis(values("0.7", "1.0001")).min());
    }

    @Test
    void percent_isNotCapped() {
        assertNull(ChartScale.of(Unit.PERCENT, values("0.02")).axis(values("0.02", "0.04")).max());
    }

    @Test
    void negativeAndPositive_applicationChooses_allNegative_axisEndsAtZero() {
        ChartScale s = ChartScale.of(Unit.PERCENT, values("0.02"));
        Charts.Axis across = s.axis(values("-0.01", "0.02"));
        assertNull(across.min());
        assertNull(across.max());
        Charts.Axis below = s.axis(values("-0.03", "-0.01"));
        assertNull(below.min());
        assertEquals(0.0, below.max());
    }

    @Test
    void groupSum_drawnApart_aboveTwiceTheLargestRegion() {
        BigDecimal largest = new BigDecimal("50000000");
        assertFalse(BoardCharts.apart(Unit.SEK, new BigDecimal("100000000"), largest), "exactly twice: drawn as a bar");
        assertFalse(BoardCharts.apart(Unit.SEK, new BigDecimal("99999999"), largest), "just below");
        assertTrue(BoardCharts.apart(Unit.SEK, new BigDecimal("100000001"), largest), "just above");
        assertTrue(BoardCharts.apart(Unit.COUNT, new BigDecimal("344"), new BigDecimal("56")));
        assertFalse(BoardCharts.apart(Unit.SHARE, new BigDecimal("0.9"), new BigDecimal("0.1")), "a share is never a sum");
        assertFalse(BoardCharts.apart(Unit.SEK, new BigDecimal("100"), null), "no region value");
    }
}
