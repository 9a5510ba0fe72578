package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.History;
import goalbook.evaluation.Report;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.TestStructures;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template's live text and status labels are the server's, word for word. */
class OneWordingTest {

    @Test
    void statusLabels_templateFormulasAndServerAgree() {
        assertEquals(GoalStatus.MET.label(), TemplateLayout.MET);
        assertEquals(GoalStatus.NOT_MET.label(), TemplateLayout.NOT_MET);
        assertEquals(GoalStatus.NO_TARGET.label(), TemplateLayout.NO_TARGET);
        assertEquals(GoalStatus.MISSING.label(), TemplateLayout.MISSING);
    }

    /** Every goal whose levels are constants reads the same in the template as in the server's report. */
    @Test
    void ruleText_constantLevels_templateEqualsServerTarget() {
        for (GoalStructure s : new GoalStructure[] {TestStructures.structureA(), TestStructures.structureB()}) {
            Report r = new Evaluator().evaluate(new EvaluationInput(s, new Period(s.validFrom(), 4), "nord",
                    new SubmittedInputs(Map.of(), Map.of(), Map.of(), Map.of(), java.util.List.of()), Map.of(), History.NONE));
            for (Goal g : s.goals()) {
                g.parts().stream().filter(p -> p.target().references().isEmpty()).forEach(p -> {
                    String server = r.goals().stream().filter(x -> x.id().equals(g.id())).findFirst().orElseThrow()
                            .parts().stream().filter(x -> x.id().equals(p.id())).findFirst().orElseThrow().target();
                    assertEquals(server, SwedishText.rule(p.target(), p.unit(), s), s.id() + " " + g.id() + "/" + p.id());
                });
            }
        }
    }
}
