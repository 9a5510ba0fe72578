package goalbook.goals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped structures correct the seeds' spelling in everything people read (names, targets,
 * labels, help texts) and keep the seed's own wording, verbatim, as a YAML comment.
 */
class StructureSpellingTest {

    @ParameterizedTest(name = "{0}: \"{1}\" is shown as \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            almi-2021 | kundkänedom                           | kundkännedom
            almi-2021 | Net Promotor Score                    | Net Promoter Score
            almi-2021 | EBITDA -tillväxten                    | EBITDA-tillväxten
            almi-2021 | Engagemangindex                       | Engagemangsindex
            almi-2021 | företagsstocken mikroföretag          | företagsstocken av mikroföretag
            almi-2021 | produktivitet definierat som          | produktivitet definierad som
            almi-2019 | sammanväg index                       | sammanvägt index
            """)
    void shippedStructure_seedTypo_correctedInWhatPeopleRead_keptAsComment(String id, String seed, String corrected) throws Exception {
        GoalStructure s = TestStructures.catalog().byId(id).orElseThrow();
        String shown = String.join("\n", readable(s));
        assertFalse(shown.contains(seed), id + " still shows \"" + seed + "\"");
        assertTrue(shown.contains(corrected), id + " does not show \"" + corrected + "\"");
        String yaml = Files.readString(TestStructures.templatesDir().resolve("structures").resolve(id + ".yaml"));
        List<String> comments = yaml.lines().map(String::strip).filter(l -> l.startsWith("#")).toList();
        assertTrue(comments.stream().anyMatch(l -> l.contains("Källans lydelse") && l.contains(seed)),
                id + ": no comment keeps the seed's \"" + seed + "\"");
    }

    @ParameterizedTest(name = "{0} goal {1} is named \"{2}\"")
    @CsvSource(delimiter = '|', textBlock = """
            almi-2021 | 10 | Engagemangsindex
            almi-2021 | 11 | God kundkännedom genom KYC i Almis aktiva affärsrelationer
            almi-2019 | 3  | Engagemangsindex Medarbetare
            """)
    void shippedStructure_goalName_spelledAsInSwedish(String id, int number, String name) {
        GoalStructure s = TestStructures.catalog().byId(id).orElseThrow();
        assertEquals(name, s.goals().stream().filter(g -> g.number() == number).findFirst().orElseThrow().name());
    }

    /** Every text of the structure a region, controller or board member reads. */
    private static List<String> readable(GoalStructure s) {
        List<String> out = new ArrayList<>();
        out.add(s.name());
        for (GoalArea a : s.areas()) {
            out.add(a.name());
            out.add(a.description() == null ? "" : a.description());
            for (Goal g : a.goals()) {
                out.add(g.name());
                out.add(g.targetText());
                out.add(g.description() == null ? "" : g.description());
                g.parts().forEach(p -> out.add(p.name() == null ? "" : p.name()));
            }
        }
        s.measures().values().forEach(m -> {
            out.add(m.label());
            out.add(m.help() == null ? "" : m.help());
        });
        s.indices().forEach(i -> out.add(i.name()));
        out.addAll(s.goalTypes().values());
        out.addAll(s.groupGoals());
        return out;
    }
}
