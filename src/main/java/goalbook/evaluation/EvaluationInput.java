package goalbook.evaluation;

import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one evaluation needs, e.g. structure {@code almi-2021}, period 2024-Q2, region
 * {@code gavle-dala}, the read workbook and {@code {jmf_andel_kvinnor=0.345}}.
 *
 * @param reference reference-measure id → value already resolved for this region, year and quarter
 *                  (plan levels already prorated); an absent key means "not set"
 * @param history   the region's earlier figures; {@link History#NONE} when there are none
 */
public record EvaluationInput(
        GoalStructure structure,
        Period period,
        String region,
        SubmittedInputs inputs,
        Map<String, BigDecimal> reference,
        History history) {

    public EvaluationInput {
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(inputs, "inputs");
        reference = reference == null ? Map.of() : Map.copyOf(reference);
        history = history == null ? History.NONE : history;
    }
}
