package goalbook.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.GoalStructure;
import goalbook.goals.TestStructures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReferenceJsonTest {

    private final GoalStructure b = TestStructures.structureB();
    private final Set<String> regions = Set.of("nord", "mitt");

    private List<String> errorsOf(String json) {
        return assertThrows(ReferenceDataException.class, () -> ReferenceJson.parse(json, b, 2024, regions)).errors();
    }

    @Test
    void parse_numberAndQuarterObject_giveLevels() {
        ReferenceData d = ReferenceJson.parse("""
                {"regions":{"nord":{"plan_utbetalda_lan":1000000,
                                    "plan_avslutade_insatser":{"year":40,"Q2":18.5}}},
                 "group":{"engagemangsindex":86}}""", b, 2024, regions);
        assertEquals("almi-2021", d.structure());
        assertEquals(2024, d.year());
        assertEquals(Level.annual(new BigDecimal("1000000")), d.regions().get("nord").get("plan_utbetalda_lan"));
        assertEquals(new Level(new BigDecimal("40"), Map.of(2, new BigDecimal("18.5"))), d.regions().get("nord").get("plan_avslutade_insatser"));
        assertEquals(Level.annual(new BigDecimal("86")), d.group().get("engagemangsindex"));
    }

    @Test
    void writeThenParse_roundTripsExactly() {
        ReferenceData d = new ReferenceData(b.id(), 2024,
                Map.of("nord", Map.of("plan_utbetalda_lan", new Level(new BigDecimal("1200000.50"), Map.of(1, new BigDecimal("250000"))),
                        "jmf_andel_kvinnor", Level.annual(new BigDecimal("0.31")))),
                Map.of("engagemangsindex", Level.annual(new BigDecimal("1E+2"))));
        String json = ReferenceJson.write(d);
        assertTrue(json.contains("\"engagemangsindex\":100"), json);
        assertTrue(json.contains("\"year\":1200000.50"), json);
        ReferenceData back = ReferenceJson.parse(json, b, regions);
        assertEquals(2024, back.year());
        assertEquals(ReferenceJson.write(d), ReferenceJson.write(back));
        assertEquals(new BigDecimal("0.31"), back.regions().get("nord").get("jmf_andel_kvinnor").year());
    }

    @Test
    void parse_unknownRegion_namesIt() {
        assertEquals(List.of("regions.atlantis: unknown region 'atlantis'"), errorsOf("{\"regions\":{\"atlantis\":{}}}"));
    }

    @Test
    void parse_unknownMeasure_namesField() {
        assertEquals(List.of("group.okand: unknown measure 'okand' in structure almi-2021"), errorsOf("{\"group\":{\"okand\":1}}"));
    }

    @Test
    void parse_regionEnteredMeasure_isNotAReferenceMeasure() {
        List<String> errors = errorsOf("{\"regions\":{\"nord\":{\"unika_kunder\":10}}}");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("regions.nord.unika_kunder: "), errors.get(0));
        assertTrue(errors.get(0).contains("not a reference measure"), errors.get(0));
    }

    @Test
    void parse_textInsteadOfNumber_isRefused() {
        assertEquals(List.of("regions.nord.plan_utbetalda_lan.Q2: must be a number, got \"1000\""),
                errorsOf("{\"regions\":{\"nord\":{\"plan_utbetalda_lan\":{\"Q2\":\"1000\"}}}}"));
    }

    @Test
    void parse_negativeWhereMinIsZero_isRefused_butZeroAccepted() {
        assertEquals(List.of("regions.nord.plan_utbetalda_lan: must not be negative, got -1"),
                errorsOf("{\"regions\":{\"nord\":{\"plan_utbetalda_lan\":-1}}}"));
        ReferenceJson.parse("{\"regions\":{\"nord\":{\"plan_utbetalda_lan\":0}}}", b, 2024, regions);
    }

    @Test
    void parse_negativeGrowthWhereMinIsUnset_isAccepted() {
        ReferenceData d = ReferenceJson.parse("{\"regions\":{\"nord\":{\"jmf_omsattningstillvaxt\":-3.5}}}", b, 2024, regions);
        assertEquals(new BigDecimal("-3.5"), d.regions().get("nord").get("jmf_omsattningstillvaxt").year());
    }

    @Test
    void parse_shareAtBoundsAccepted_outsideRefused() {
        ReferenceJson.parse("{\"group\":{\"jmf_andel_kvinnor\":0,\"jmf_andel_utlandsk\":1}}", b, 2024, regions);
        assertEquals(List.of("group.jmf_andel_kvinnor: is a share and must be between 0 and 1 (0.8 for 80 %), got 1.0001"),
                errorsOf("{\"group\":{\"jmf_andel_kvinnor\":1.0001}}"));
        assertEquals(List.of("group.jmf_andel_kvinnor: is a share and must be between 0 and 1 (0.8 for 80 %), got -0.01"),
                errorsOf("{\"group\":{\"jmf_andel_kvinnor\":-0.01}}"));
        assertEquals(1, errorsOf("{\"group\":{\"jmf_andel_kvinnor\":31}}").size());
    }

    @Test
    void parse_manyProblems_allReportedAtOnce() {
        List<String> errors = errorsOf("""
                {"regions":{"atlantis":{},"nord":{"okand":1,"plan_utbetalda_lan":{"Q5":1,"year":true}}},"extra":1}""");
        assertEquals(5, errors.size(), errors.toString());
        assertTrue(errors.contains("regions.nord.plan_utbetalda_lan.Q5: unknown field (expected \"year\" or \"Q1\"..\"Q4\")"), errors.toString());
        assertTrue(errors.contains("regions.nord.plan_utbetalda_lan.year: must be a number, got true"), errors.toString());
        assertTrue(errors.contains("extra: unknown field (expected \"regions\" and \"group\")"), errors.toString());
    }

    @Test
    void parse_yearOrStructureDisagreeing_isRefused() {
        assertEquals(List.of("year: is 2023, expected 2024"), errorsOf("{\"year\":2023}"));
        assertEquals(List.of("structure: is 'almi-2019', expected 'almi-2021'"), errorsOf("{\"structure\":\"almi-2019\"}"));
    }

    @Test
    void parse_notJson_isOneError() {
        List<String> errors = errorsOf("{\"group\":");
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("not valid JSON"), errors.get(0));
    }

    @Test
    void parse_nullLevel_meansNotSet() {
        ReferenceData d = ReferenceJson.parse("{\"regions\":{\"nord\":{\"plan_utbetalda_lan\":null}}}", b, 2024, regions);
        assertEquals(Map.of(), d.regions().get("nord"));
    }

    private static final java.util.regex.Pattern ENGLISH = java.util.regex.Pattern.compile(
            "\\b(must|share|between|got|expected|unknown|field|is|not|entered|object|valid)\\b");

    private List<ReferenceProblem> problemsOf(String json) {
        return assertThrows(ReferenceDataException.class,
                () -> ReferenceJson.parse(json, b, 2024, Map.of("nord", "Almi Nord", "mitt", "Almi Mitt"))).problems();
    }

    static void assertSwedishOnly(String text) {
        // quoted names ("regions", 'okand') are the controller's own input, not prose
        String prose = text.replaceAll("\"[^\"]*\"|'[^']*'", "");
        assertTrue(!ENGLISH.matcher(prose).find(), "English in a Swedish message: " + text);
    }

    @Test
    void parse_shareOutOfRange_saysSoInSwedishWithPlaceAndPercent() {
        List<ReferenceProblem> p = problemsOf("{\"regions\":{\"nord\":{\"jmf_andel_kvinnor\":{\"Q2\":1.2}}}}");
        assertEquals(1, p.size());
        assertEquals("regions.nord.jmf_andel_kvinnor.Q2", p.get(0).field());
        assertEquals("Almi Nord, Jämförelsegruppens andel kvinnor, Q2: en andel ska vara mellan 0 % och 100 %, angivet 120 %.",
                p.get(0).swedish());
        assertTrue(p.get(0).message().contains("between 0 and 1"), "the API keeps the English detail");
    }

    @Test
    void parse_shareJustInsideBounds_isAccepted_justOutside_isRefusedInSwedish() {
        ReferenceJson.parse("{\"group\":{\"jmf_andel_kvinnor\":1,\"jmf_andel_utlandsk\":0}}", b, 2024, regions);
        assertEquals("Koncernen, Jämförelsegruppens andel kvinnor: en andel ska vara mellan 0 % och 100 %, angivet 100,01 %.",
                problemsOf("{\"group\":{\"jmf_andel_kvinnor\":1.0001}}").get(0).swedish());
        assertEquals("Koncernen, Jämförelsegruppens andel kvinnor: en andel ska vara mellan 0 % och 100 %, angivet -1 %.",
                problemsOf("{\"group\":{\"jmf_andel_kvinnor\":-0.01}}").get(0).swedish());
    }

    @Test
    void parse_everyKindOfProblem_hasASwedishOnlySentence() {
        List<ReferenceProblem> all = new java.util.ArrayList<>();
        all.addAll(problemsOf("""
                {"structure":"almi-2019","year":2023,"extra":1,
                 "regions":{"atlantis":{},"mitt":[],"nord":{"okand":1,"unika_kunder":3,"plan_utbetalda_lan":{"Q5":1,"year":true,"Q1":-1}}},
                 "group":{"jmf_andel_kvinnor":31}}"""));
        all.addAll(problemsOf("{\"group\":"));
        all.addAll(problemsOf("[1]"));
        all.addAll(problemsOf("{\"regions\":7,\"year\":\"x\"}"));
        assertEquals(15, all.size(), all.toString());
        all.forEach(p -> assertSwedishOnly(p.swedish()));
        all.forEach(p -> assertTrue(p.swedish().endsWith("."), p.swedish()));
    }
}
