package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.Fixtures;
import goalbook.workbook.intake.WorkbookRefusedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Period;
import org.junit.jupiter.api.Test;

class IdentityCheckTest {

    private static final Period Q2 = new Period(2024, 2);

    private static TemplateIdentity good() {
        return new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2024, 2, "gavle-dala", "1");
    }

    private static WorkbookRefusedException refused(TemplateIdentity id) {
        return assertThrows(WorkbookRefusedException.class, () -> WorkbookReader.checkIdentity(id, Fixtures.b(), Q2, "gavle-dala"));
    }

    @Test
    void checkIdentity_matchingTemplate_accepted() {
        WorkbookReader.checkIdentity(good(), Fixtures.b(), Q2, "gavle-dala");
    }

    @Test
    void checkIdentity_none_noIdentity() {
        WorkbookRefusedException e = refused(null);
        assertEquals("no_identity", e.code());
        assertTrue(e.swedish().contains("Ladda ner mallen för regionen gavle-dala, 2024 kvartal 2"), e.swedish());
    }

    @Test
    void checkIdentity_otherRegion_wrongRegion() {
        WorkbookRefusedException e = refused(new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2024, 2, "nord", "1"));
        assertEquals("wrong_region", e.code());
        assertTrue(e.swedish().contains("nord") && e.swedish().contains("gavle-dala"), e.swedish());
    }

    @Test
    void checkIdentity_otherQuarter_wrongPeriod() {
        WorkbookRefusedException e = refused(new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2024, 1, "gavle-dala", "1"));
        assertEquals("wrong_period", e.code());
        assertTrue(e.swedish().contains("2024 kvartal 1") && e.swedish().contains("2024 kvartal 2"), e.swedish());
        assertEquals("wrong_period", refused(new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2023, 2, "gavle-dala", "1")).code());
    }

    @Test
    void checkIdentity_olderRevisionOrLayout_staleStructure() {
        assertEquals("stale_structure", refused(new TemplateIdentity("almi-2021", "000000000000", 2024, 2, "gavle-dala", "1")).code());
        assertEquals("stale_structure", refused(new TemplateIdentity("almi-2019", Fixtures.b().revision(), 2024, 2, "gavle-dala", "1")).code());
        WorkbookRefusedException e = refused(new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2024, 2, "gavle-dala", "0"));
        assertEquals("stale_structure", e.code());
        assertTrue(e.swedish().contains("Ladda ner en ny mall"), e.swedish());
    }
}
