package goalbook.workbook.upload;

import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.upload.WorkbookReader;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.Problem;
import goalbook.evaluation.Severity;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Decision (issue 9, point 6b): an amount with decimals in a whole-kronor field is rounded half up
 * to whole kronor, with a WARNING naming the cell, whether typed as a number, as Swedish text or
 * computed by a formula; the version stays valid. 1200 → 1200 silently, 1200,4 → 1200, 1200,5 and
 * 1200,6 → 1201.
 */
class WholeKronorReadingTest {

    private static SubmittedInputs read(Object kostnader) {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            f.set("kostnader", kostnader);
            f.evaluate(); // a formula carries the value Excel saved with it
            return new WorkbookReader().read(f.bytes(), Fixtures.b(), new Period(2024, 2)).inputs();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Problem> problems(SubmittedInputs in) {
        return in.problems().stream().filter(p -> "kostnader".equals(p.measure())).toList();
    }

    @Test
    void read_wholeKronor_keptWithoutWarning() {
        SubmittedInputs in = read(1200);
        assertEquals(0, new BigDecimal("1200").compareTo(in.values().get("kostnader")));
        assertEquals(List.of(), problems(in));
    }

    @Test
    void read_belowHalfKrona_roundedDownWithWarningNamingTheCell() {
        SubmittedInputs in = read(1200.4);
        assertEquals(new BigDecimal("1200"), in.values().get("kostnader"));
        String cell = in.cells().get("kostnader");
        assertEquals(List.of(new Problem(Severity.WARNING, "rounded_to_whole_kronor", "kostnader", cell,
                "Cell " + cell + " (Kostnader hittills i år (kr)): 1 200,4 kr har avrundats till 1 200 kr. "
                        + "Belopp anges i hela kronor.")), problems(in));
    }

    @Test
    void read_exactlyHalfKrona_roundedUpWithWarning() {
        SubmittedInputs in = read(1200.5);
        assertEquals(new BigDecimal("1201"), in.values().get("kostnader"));
        assertEquals("rounded_to_whole_kronor", problems(in).get(0).code());
        assertTrue(problems(in).get(0).message().contains("1 200,5 kr har avrundats till 1 201 kr"), problems(in).get(0).message());
    }

    @Test
    void read_aboveHalfKrona_roundedUpWithWarning() {
        SubmittedInputs in = read(1200.6);
        assertEquals(new BigDecimal("1201"), in.values().get("kostnader"));
        assertEquals(Severity.WARNING, problems(in).get(0).severity());
    }

    @Test
    void read_decimalsAsSwedishText_roundedTheSameWay() {
        SubmittedInputs in = read("1 200,5 kr");
        assertEquals(new BigDecimal("1201"), in.values().get("kostnader"));
        assertEquals("rounded_to_whole_kronor", problems(in).get(0).code());
    }

    @Test
    void read_decimalsFromAFormula_roundedTheSameWay() {
        SubmittedInputs in = read("=2401/2");
        assertEquals(new BigDecimal("1201"), in.values().get("kostnader"));
        assertEquals("rounded_to_whole_kronor", problems(in).get(0).code());
    }

    @Test
    void read_negativeHalfKrona_roundedAwayFromZero() {
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            f.set("lan_resultat_36m", -1200.5);
            SubmittedInputs in = new WorkbookReader().read(f.bytes(), Fixtures.b(), new Period(2024, 2)).inputs();
            assertEquals(new BigDecimal("-1201"), in.values().get("lan_resultat_36m"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void read_binaryNoiseOfAFormula_roundedWithoutWarning() {
        // 1200.0000000000002 is a double's rounding error, not öre the region typed.
        SubmittedInputs in = read(1200.0000000000002);
        assertEquals(new BigDecimal("1200"), in.values().get("kostnader"));
        assertEquals(List.of(), problems(in));
    }

    @Test
    void read_amountStoredWithBinaryNoise_messageShowsTheAmountAsTyped() {
        // openpyxl writes 70000000.4 as 70000000.40000001; the region typed 70 000 000,4.
        SubmittedInputs in = read(new BigDecimal("70000000.40000001").doubleValue());
        assertEquals(new BigDecimal("70000000"), in.values().get("kostnader"));
        assertTrue(problems(in).get(0).message().contains(": 70 000 000,4 kr har avrundats till 70 000 000 kr."), problems(in).get(0).message());
    }

    @Test
    void read_countWithDecimals_notRoundedByTheReader() {
        // Counts are not amounts: 12,5 customers stays 12,5 and the validator refuses it (not_whole).
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            f.set("unika_kunder", 12.5);
            SubmittedInputs in = new WorkbookReader().read(f.bytes(), Fixtures.b(), new Period(2024, 2)).inputs();
            assertEquals(new BigDecimal("12.5"), in.values().get("unika_kunder"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
