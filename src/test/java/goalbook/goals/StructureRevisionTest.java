package goalbook.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/**
 * The structure revision is a contract with every template already sent out: it changes when a
 * template would be read or judged differently, and for nothing else (see {@link StructureRevision}).
 */
class StructureRevisionTest {

    private static final StructureLoader LOADER = new StructureLoader(FormulaCheck.NONE);

    private static final String SMALL = """
            id: test
            name: Test
            validFrom: 2030
            measures:
              kunder:
                label: Kunder
                help: Antal kunder.
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
                    boardQuarters: [4, 2]
                    metric: "tidiga / kunder"
                    unit: share
                    rule: { kind: at_least, value: 0.80 }
            """;

    private static String revision(String yaml) {
        return LOADER.parse("test.yaml", yaml).revision();
    }

    /**
     * Changing either value refuses every template of that structure in circulation as stale_structure:
     * update these literals only as a reviewed decision, between quarters.
     */
    @Test
    void revision_shippedStructures_arePinned() {
        assertEquals("09c413711d82", TestStructures.structureA().revision(), "almi-2019");
        assertEquals("fd1864287a85", TestStructures.structureB().revision(), "almi-2021");
    }

    /** The exact text hashed: no Java record or component name, no toString(), sorted keys, 0.80 written 0.8. */
    @Test
    void canonical_smallStructure_isExactlyThisText() {
        assertEquals(StructureRevision.FORM + "\n"
                + "{\"areas\":[[\"andel\"]],\"consistency\":[],"
                + "\"goals\":{\"andel\":{\"boardQuarters\":[2,4],\"index\":null,\"parts\":[{\"id\":\"andel\",\"metric\":\"tidiga/kunder\","
                + "\"rule\":{\"kind\":\"at_least\",\"level\":{\"value\":0.8}},\"unit\":\"share\"}],\"type\":null}},"
                + "\"id\":\"test\",\"indices\":{},"
                + "\"measures\":{"
                + "\"kunder\":{\"aggregation\":\"sum\",\"max\":null,\"min\":0,\"quarterLevel\":\"annual\",\"source\":\"region\",\"timing\":\"ytd\",\"unit\":\"count\",\"weight\":null},"
                + "\"tidiga\":{\"aggregation\":\"sum\",\"max\":null,\"min\":0,\"quarterLevel\":\"annual\",\"source\":\"region\",\"timing\":\"ytd\",\"unit\":\"count\",\"weight\":null}},"
                + "\"plausibility\":3}",
                StructureRevision.canonical(LOADER.parse("test.yaml", SMALL)));
    }

    @Test
    void revision_sameNumberWrittenDifferently_isUnchanged() {
        String base = revision(SMALL);
        assertEquals(base, revision(SMALL.replace("value: 0.80", "value: 0.8")));
        assertEquals(base, revision(SMALL.replace("value: 0.80", "value: 0.800")));
        assertEquals(base, revision(SMALL.replace("value: 0.80", "value: 8.0e-1")));
    }

    @Test
    void revision_changedTargetLevel_changes() {
        String base = revision(SMALL);
        assertNotEquals(base, revision(SMALL.replace("value: 0.80", "value: 0.81")));
        assertNotEquals(base, revision(SMALL.replace("kind: at_least", "kind: at_most")));
    }

    @Test
    void revision_changedInputContract_changes() {
        String base = revision(SMALL);
        assertNotEquals(base, revision(SMALL.replace("tidiga / kunder", "kunder / tidiga")), "formula");
        assertNotEquals(base, revision(SMALL.replace("boardQuarters: [4, 2]", "boardQuarters: [4]")), "board quarters");
        assertNotEquals(base, revision(SMALL.replace("    timing: ytd\n  tidiga", "    timing: point\n  tidiga")), "timing");
        assertNotEquals(base, revision(SMALL.replace("    unit: count\n    source: region\n    timing: ytd\n  tidiga",
                "    unit: sek\n    source: region\n    timing: ytd\n  tidiga")), "unit of an input");
        assertNotEquals(base, revision(SMALL.replace("id: andel", "id: andel_tidiga")), "goal id");
    }

    /**
     * Display texts are not part of the revision: a spelling fix in a goal name or label must not
     * refuse the templates already sent out. Neither are key order, list order that carries no
     * meaning, formula spacing or the validity years.
     */
    @Test
    void revision_displayTextOrderAndSpacing_doNotCount() {
        String base = revision(SMALL);
        assertEquals(base, revision(SMALL.replace("name: Andel", "name: Andel tidiga skeden")), "goal name");
        assertEquals(base, revision(SMALL.replace("label: Kunder", "label: Unika kunder")), "measure label");
        assertEquals(base, revision(SMALL.replace("help: Antal kunder.", "help: Antal unika kunder.")), "help");
        assertEquals(base, revision(SMALL.replace("target: minst 80 %", "target: minst 80 procent")), "seed wording");
        assertEquals(base, revision(SMALL.replace("name: Område", "name: Fokusgrupper")), "area name");
        assertEquals(base, revision(SMALL.replace("name: Test", "name: Målstruktur Test")), "structure name");
        assertEquals(base, revision(SMALL.replace("number: 1", "number: 3")), "goal number");
        assertEquals(base, revision(SMALL.replace("validFrom: 2030", "validFrom: 2030\nvalidTo: 2031")), "validity");
        assertEquals(base, revision(SMALL.replace("\"tidiga / kunder\"", "\"tidiga/kunder\"")), "formula spacing");
        assertEquals(base, revision(SMALL.replace("{ kind: at_least, value: 0.80 }", "{ value: 0.80, kind: at_least }")), "key order");
    }
}
