/**
 * Evaluation: submitted inputs + reference values → problems, metric values, a status per goal,
 * trends and composite indices. Works on plain values ({@code BigDecimal}, records); free of HTTP,
 * POI and SQL.
 *
 * <p>Public surface: {@link goalbook.evaluation.Evaluator#evaluate(EvaluationInput)} (the whole
 * report), {@link goalbook.evaluation.MetricCalculator} (one expression over measure values, also
 * for consolidation), {@link goalbook.evaluation.SwedishFormat} (numbers for workbooks) and the
 * records. Readings of DOMAIN.md made here: an empty or invalid region input makes a goal MISSING,
 * a reference value not set (in the metric or as the level) makes it NO_TARGET; a zero denominator
 * makes it MISSING (an ERROR when the region can fix the input, a WARNING when the zero is a
 * reference value); trends are the raw direction of the value.
 */
package goalbook.evaluation;
