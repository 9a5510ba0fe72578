package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.intake.WorkbookRefusedException;
import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.Problem;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.Map;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.junit.jupiter.api.Test;

/** Fill a rendered template with POI, write it, read it back with the streaming reader. */
class WorkbookReaderTest {

    private static final Period Q2 = new Period(2024, 2);

    private static ReadWorkbook read(Filled f) {
        return new WorkbookReader().read(f.bytes(), Fixtures.b(), Q2);
    }

    private static Filled template() {
        return new Filled(Fixtures.render(Fixtures.b(), 2024, 2));
    }

    @Test
    void read_numbersFilledWithPoi_valuesAndCells() throws Exception {
        try (Filled f = template()) {
            Fixtures.b().regionInputsDueIn(2).forEach(m -> f.set(m.id(), Fixtures.inputsB().get(m.id())));
            f.set("unika_kunder", 0.1 + 0.2);
            SubmittedInputs in = read(f).inputs();
            assertEquals(0, new BigDecimal("85").compareTo(in.values().get("kunder_tidiga_skeden")));
            assertEquals(new BigDecimal("0.30000000000000004"), in.values().get("unika_kunder"), "the shortest decimal form of the double");
            assertEquals(Fixtures.b().regionInputsDueIn(2).size(), in.values().size());
            assertTrue(in.cells().get("unika_kunder").matches("Inrapportering![C]\\d+"), in.cells().get("unika_kunder"));
            assertEquals(in.cells().keySet(), in.values().keySet());
            assertTrue(in.problems().isEmpty(), in.problems().toString());
        }
    }

    @Test
    void read_blankInputs_absentWithoutProblems() throws Exception {
        try (Filled f = template()) {
            SubmittedInputs in = read(f).inputs();
            assertTrue(in.values().isEmpty());
            assertEquals(Fixtures.b().regionInputsDueIn(2).size(), in.cells().size());
            assertTrue(in.problems().isEmpty());
            assertTrue(in.comments().isEmpty());
            assertEquals(9, in.commentCells().size());
        }
    }

    @Test
    void read_comments_textAndCell() throws Exception {
        try (Filled f = template()) {
            f.set("gb_comment_nps", "  Enkäten skickades sent.  ").set("gb_comment_kyc", " ");
            SubmittedInputs in = read(f).inputs();
            assertEquals(Map.of("nps", "Enkäten skickades sent."), in.comments());
            assertTrue(in.commentCells().get("nps").matches("Inrapportering!B\\d+"), in.commentCells().get("nps"));
        }
    }

    @Test
    void read_swedishTextNumbers_parsed() throws Exception {
        try (Filled f = template()) {
            f.set("unika_kunder", "1 200").set("kunder_kvinnor", "1\u00A0000").set("kunder_tidiga_skeden", "1\u202F100")
                    .set("lan_resultat_36m", "-3 000").set("utbetalda_lan", "2 500 000 kr");
            SubmittedInputs in = read(f).inputs();
            assertEquals(new BigDecimal("1200"), in.values().get("unika_kunder"));
            assertEquals(new BigDecimal("1000"), in.values().get("kunder_kvinnor"));
            assertEquals(new BigDecimal("1100"), in.values().get("kunder_tidiga_skeden"));
            assertEquals(new BigDecimal("-3000"), in.values().get("lan_resultat_36m"));
            assertEquals(new BigDecimal("2500000"), in.values().get("utbetalda_lan"));
            assertTrue(in.problems().isEmpty(), in.problems().toString());
        }
    }

    @Test
    void read_ambiguousAndNonNumericText_problemsNamingCellAndMeasure() throws Exception {
        try (Filled f = template()) {
            f.set("unika_kunder", "1,200").set("kostnader", "cirka en miljon");
            SubmittedInputs in = read(f).inputs();
            Problem ambiguous = problem(in, "unika_kunder");
            assertEquals("ambiguous_number", ambiguous.code());
            assertEquals(in.cells().get("unika_kunder"), ambiguous.cell());
            assertTrue(ambiguous.message().contains(ambiguous.cell()) && ambiguous.message().contains("Unika kunder")
                    && ambiguous.message().contains("”1,200”"), ambiguous.message());
            Problem text = problem(in, "kostnader");
            assertEquals("not_a_number", text.code());
            assertTrue(text.message().contains("Kostnader hittills i år (kr)") && text.message().contains("inte ett tal"), text.message());
            assertNull(in.values().get("unika_kunder"));
        }
    }

    @Test
    void read_formulaWithSavedValue_readByThatValue() throws Exception {
        try (Filled f = template()) {
            f.set("unika_kunder", "=600+600").set("kunder_kvinnor", "=unika_kunder/4").set("kostnader", "=\"1 500\"");
            f.evaluate(); // as Excel saves: each formula with its value
            SubmittedInputs in = read(f).inputs();
            assertEquals(0, new BigDecimal("1200").compareTo(in.values().get("unika_kunder")));
            assertEquals(0, new BigDecimal("300").compareTo(in.values().get("kunder_kvinnor")));
            assertEquals(0, new BigDecimal("1500").compareTo(in.values().get("kostnader")));
            assertTrue(in.problems().isEmpty(), in.problems().toString());
        }
    }

    @Test
    void read_formula_savedValueTrustedNeverEvaluated() throws Exception {
        try (Filled f = template()) {
            XSSFCell c = f.cell("unika_kunder");
            c.setCellValue(5);
            c.getCTCell().addNewF().setStringValue("LEN(REPT(REPT(\"x\",32767),32767))");
            SubmittedInputs in = read(f).inputs();
            assertEquals(0, new BigDecimal("5").compareTo(in.values().get("unika_kunder")), "the saved value, not the formula's");
            assertTrue(in.problems().isEmpty(), in.problems().toString());
        }
    }

    @Test
    void read_formulaWithoutSavedValue_problemNamingTheCell() throws Exception {
        try (Filled f = template()) {
            f.set("unika_kunder", "=600+600"); // as a script writes it: no value saved
            SubmittedInputs in = read(f).inputs();
            Problem p = problem(in, "unika_kunder");
            assertEquals("formula_without_value", p.code());
            assertEquals(in.cells().get("unika_kunder"), p.cell());
            assertEquals("Cell " + p.cell() + " (Unika kunder): formeln =600+600 har inget sparat värde, eftersom filen har sparats "
                    + "av ett program som inte räknar ut formler. Öppna den i Excel och spara igen, eller skriv in värdet i cellen.", p.message());
            assertNull(in.values().get("unika_kunder"));
        }
    }

    @Test
    void read_formulaToAnotherWorkbook_refused() throws Exception {
        try (Filled f = template()) {
            XSSFCell c = f.cell("unika_kunder");
            c.setCellValue(1200);
            c.getCTCell().addNewF().setStringValue("[1]Blad1!A1"); // as Excel stores a link to another file
            SubmittedInputs in = read(f).inputs();
            Problem p = problem(in, "unika_kunder");
            assertEquals("external_formula", p.code());
            assertTrue(p.message().contains("annan arbetsbok"), p.message());
            assertNull(in.values().get("unika_kunder"));
        }
    }

    @Test
    void read_errorCellAndErrorFormula_notANumber() throws Exception {
        try (Filled f = template()) {
            f.cell("unika_kunder").setCellErrorValue(FormulaError.NA.getCode());
            f.set("kostnader", "=1/0").evaluate();
            SubmittedInputs in = read(f).inputs();
            assertEquals("not_a_number", problem(in, "unika_kunder").code());
            assertTrue(problem(in, "unika_kunder").message().contains("#N/A"), problem(in, "unika_kunder").message());
            assertEquals("not_a_number", problem(in, "kostnader").code());
            assertTrue(problem(in, "kostnader").message().contains("#DIV/0!"));
        }
    }

    @Test
    void read_nameRemoved_inputMissingFromWorkbook() throws Exception {
        try (Filled f = template()) {
            f.wb.removeName(f.wb.getName("nps_passiva"));
            SubmittedInputs in = read(f).inputs();
            Problem p = problem(in, "nps_passiva");
            assertEquals("input_missing_from_workbook", p.code());
            assertTrue(p.message().contains("NPS: passiva (7–8)"), p.message());
            assertNull(in.cells().get("nps_passiva"));
        }
    }

    @Test
    void read_identity_fromPropertiesElseNameElseSheet() throws Exception {
        TemplateIdentity expected = new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2024, 2, "gavle-dala", "1");
        try (Filled f = template()) {
            assertEquals(expected, read(f).identity());
            var props = f.wb.getProperties().getCustomProperties().getUnderlyingProperties();
            while (props.sizeOfPropertyArray() > 0) {
                props.removeProperty(0);
            }
            assertEquals(expected, read(f).identity(), "from the name gb_identity");
            f.wb.removeName(f.wb.getName("gb_identity"));
            assertEquals(expected, read(f).identity(), "from the sheet gb_identitet");
            f.wb.removeSheetAt(f.wb.getSheetIndex("gb_identitet"));
            assertNull(read(f).identity());
        }
    }

    @Test
    void read_notAWorkbook_refusedByThePrescan() {
        WorkbookRefusedException e = assertThrows(WorkbookRefusedException.class,
                () -> new WorkbookReader().read("inte en arbetsbok".getBytes(), Fixtures.b(), Q2));
        assertEquals("csv_format", e.code());
        assertTrue(e.swedish().contains(".xlsx"));
    }

    private static Problem problem(SubmittedInputs in, String measure) {
        return in.problems().stream().filter(p -> measure.equals(p.measure())).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + measure + " in " + in.problems()));
    }
}
