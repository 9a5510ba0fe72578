package goalbook.workbook.upload;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCell;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STCellType;

/** A cell holds a value or an inline string, never both; a formula never an inline string. */
class ValidCellsTest {

    private static CTCell inline(String text) {
        CTCell c = CTCell.Factory.newInstance();
        c.setR("E6");
        c.setT(STCellType.INLINE_STR);
        c.addNewIs().setT(text);
        return c;
    }

    @Test
    void repair_valueBesideInlineString_keepsTheInlineStringReadersShow() {
        CTCell c = inline("Uppgift saknas");
        c.setV("Uppfyllt"); // what POI writes into an inline-string cell
        ValidCells.repair(c);
        assertFalse(c.isSetV());
        assertEquals("Uppgift saknas", c.getIs().getT());
        assertEquals(STCellType.INLINE_STR, c.getT());
    }

    @Test
    void repair_formulaBesideInlineString_keepsTheFormulaWithAStringResult() {
        CTCell c = inline("Uppgift saknas");
        c.addNewF().setStringValue("IF(A1>1,\"Uppfyllt\",\"Ej uppfyllt\")");
        c.setV("Uppfyllt");
        ValidCells.repair(c);
        assertFalse(c.isSetIs());
        assertTrue(c.isSetF());
        assertEquals(STCellType.STR, c.getT());
        assertEquals("Uppfyllt", c.getV());
    }

    @Test
    void repair_validCells_untouched() {
        CTCell onlyInline = inline("Text");
        ValidCells.repair(onlyInline);
        assertEquals("Text", onlyInline.getIs().getT());
        CTCell number = CTCell.Factory.newInstance();
        number.setV("12");
        ValidCells.repair(number);
        assertEquals("12", number.getV());
    }
}
