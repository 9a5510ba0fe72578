package goalbook.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The loader reports every mistake of a structure file with file, path and reason. */
class StructureLoaderTest {

    private static final String VALID = """
            id: test
            name: Test
            validFrom: 2030
            measures:
              kunder:
                label: Kunder
                unit: count
                source: region
                timing: ytd
              tidiga:
                label: Tidiga
                unit: count
                source: region
                timing: ytd
            areas:
              - name: Område
                goals:
                  - id: andel
                    number: 1
                    name: Andel
                    target: minst 80 %
                    boardQuarters: [2, 4]
                    metric: "tidiga / kunder"
                    unit: share
                    rule: { kind: at_least, value: 0.80 }
            """;

    private static List<StructureProblem> problems(String yaml) {
        return assertThrows(StructureException.class, () -> new StructureLoader(FormulaCheck.NONE).parse("test.yaml", yaml)).problems();
    }

    private static void assertProblem(List<StructureProblem> problems, String path, String reasonPart) {
        assertTrue(problems.stream().anyMatch(p -> p.file().equals("test.yaml") && p.path().equals(path) && p.reason().contains(reasonPart)),
                "expected " + path + ": …" + reasonPart + "… in " + problems);
    }

    @Test
    void parse_validFile_loads() {
        GoalStructure s = new StructureLoader(FormulaCheck.NONE).parse("test.yaml", VALID);
        assertEquals(1, s.goals().size());
        assertEquals(List.of("tidiga", "kunder"), s.goals().get(0).measures());
    }

    @Test
    void parse_unknownMeasureInExpression_namesPathAndMeasure() {
        assertProblem(problems(VALID.replace("tidiga / kunder", "tidiga / kunderr")), "areas[0].goals[0].metric", "unknown measure 'kunderr'");
    }

    @Test
    void parse_quarterOutsideOneToFour_isReported() {
        assertProblem(problems(VALID.replace("[2, 4]", "[2, 5]")), "areas[0].goals[0].boardQuarters", "quarter 5 is outside 1–4");
    }

    @Test
    void parse_idLookingLikeACell_isReported() {
        List<StructureProblem> p = problems(VALID.replace("  kunder:\n", "  nps1:\n").replace("tidiga / kunder", "tidiga / nps1"));
        assertProblem(p, "measures.nps1", "looks like a cell reference");
    }

    @Test
    void parse_reservedPrefixAndInvalidName_areReported() {
        assertProblem(problems(VALID.replace("id: andel", "id: gb_andel")), "areas[0].goals[0].id", "reserved prefix 'gb_'");
        assertProblem(problems(VALID.replace("id: andel", "id: Andel-1")), "areas[0].goals[0].id", "lowercase ASCII");
    }

    @Test
    void parse_duplicateGoalId_isReported() {
        String twice = VALID + """
                  - id: andel
                    number: 2
                    name: Andel igen
                    target: minst 80 %
                    boardQuarters: [4]
                    metric: "tidiga / kunder"
                    unit: share
                    rule: { kind: at_least, value: 0.80 }
            """;
        assertProblem(problems(twice), "areas[0].goals[1].id", "duplicate goal id 'andel'");
    }

    @Test
    void parse_expressionEvalExCannotParse_isReported() {
        assertProblem(problems(VALID.replace("tidiga / kunder", "tidiga / (kunder")), "areas[0].goals[0].metric", "cannot be parsed");
        assertProblem(problems(VALID.replace("tidiga / kunder", "SQRT(tidiga)")), "areas[0].goals[0].metric", "only MIN, MAX and IF");
    }

    @Test
    void parse_expressionTheSpreadsheetRefuses_isReported() {
        FormulaCheck refuseAll = e -> Optional.of("not a formula here");
        List<StructureProblem> p = assertThrows(StructureException.class, () -> new StructureLoader(refuseAll).parse("test.yaml", VALID)).problems();
        assertProblem(p, "areas[0].goals[0].metric", "the spreadsheet cannot parse");
    }

    @Test
    void parse_severalMistakes_reportsThemAllAtOnce() {
        List<StructureProblem> p = problems(VALID.replace("[2, 4]", "[0]").replace("tidiga / kunder", "x / kunder").replace("kind: at_least", "kind: sometimes"));
        assertTrue(p.size() >= 3, p.toString());
    }

    @Test
    void revision_ignoresCommentsAndWhitespaceButNotMeaning() {
        StructureLoader loader = new StructureLoader(FormulaCheck.NONE);
        String base = loader.parse("test.yaml", VALID).revision();
        assertEquals(base, loader.parse("test.yaml", "# en kommentar\n" + VALID.replace("name: Test", "name:   Test  ")).revision());
        assertNotEquals(base, loader.parse("test.yaml", VALID.replace("0.80", "0.85")).revision());
    }

    @Test
    void loadAll_shippedStructures_passTheSpreadsheetCheckToo() throws Exception {
        List<GoalStructure> all = new StructureLoader(new goalbook.workbook.template.PoiFormulaCheck())
                .loadAll(TestStructures.templatesDir().resolve("structures"));
        assertEquals(List.of("almi-2019", "almi-2021"), all.stream().map(GoalStructure::id).toList());
        assertTrue(Files.isRegularFile(TestStructures.templatesDir().resolve("structures/almi-2021.yaml")));
    }

    /** "improving" did not say whether an unchanged value passes; the file must say which. */
    @Test
    void parse_ambiguousImproving_isRefusedAndOverTimeIsRead() {
        String gt = VALID.replace("{ kind: at_least, value: 0.80 }", "{ kind: greater_than, value: 0.80, improving: true }");
        assertProblem(problems(gt), "areas[0].goals[0].rule.improving", "overTime: no_fall");
        assertProblem(problems(gt.replace("improving: true", "overTime: better")), "areas[0].goals[0].rule.overTime", "not one of no_fall, rise");
        GoalStructure s = new StructureLoader(FormulaCheck.NONE).parse("test.yaml", gt.replace("improving: true", "overTime: rise"));
        assertEquals(TargetRule.OverTime.RISE, ((TargetRule.GreaterThan) s.goals().get(0).parts().get(0).target()).overTime());
    }
}
