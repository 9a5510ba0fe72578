package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcelTextTest {

    @Test
    void fit_atTheLimitAndJustBelow_isUnchanged() {
        String atLimit = "a".repeat(32_767);
        assertSame(atLimit, ExcelText.fit(atLimit));
        String below = "a".repeat(32_766);
        assertSame(below, ExcelText.fit(below));
        assertNull(ExcelText.fit(null));
    }

    @Test
    void fit_justAboveTheLimit_isCutToTheLimitWithTheMark() {
        String cut = ExcelText.fit("a".repeat(32_768));
        assertEquals(32_767, cut.length());
        assertTrue(cut.endsWith(ExcelText.CUT_MARK), cut.substring(cut.length() - 80));
        assertTrue(cut.startsWith("a".repeat(32_767 - ExcelText.CUT_MARK.length())));
    }

    @Test
    void fit_neverSplitsACharacterMadeOfTwoChars() {
        int end = 32_767 - ExcelText.CUT_MARK.length();
        String text = "a".repeat(end - 1) + "😀" + "b".repeat(10_000); // the emoji straddles the cut
        String cut = ExcelText.fit(text);
        assertTrue(cut.length() <= 32_767);
        String kept = cut.substring(0, cut.length() - ExcelText.CUT_MARK.length());
        assertEquals("a".repeat(end - 1), kept, "the emoji is left out whole");
    }

    @Test
    void rowPoints_cappedAtExcelsMaximum() {
        assertEquals(408f, ExcelText.rowPoints(408f));
        assertEquals(409f, ExcelText.rowPoints(409f));
        assertEquals(409f, ExcelText.rowPoints(410f));
    }

    @Test
    void headerFooter_atBelowAndAboveExcelsLimit() {
        assertEquals("a".repeat(255), ExcelText.fitHeaderFooter("a".repeat(255)));
        assertEquals("a".repeat(254), ExcelText.fitHeaderFooter("a".repeat(254)));
        String cut = ExcelText.fitHeaderFooter("a".repeat(256));
        assertEquals(255, cut.length());
        assertTrue(cut.endsWith("…"));
    }

    @Test
    void headerFooter_doublesAmpersandsAndNeverCutsOneInHalf() {
        assertEquals("Nord && Syd", ExcelText.fitHeaderFooter("Nord & Syd"));
        String cut = ExcelText.fitHeaderFooter("a".repeat(253) + "&b");
        assertEquals("a".repeat(253) + "…", cut, "the escaped && would straddle the cut: both go");
    }
}
