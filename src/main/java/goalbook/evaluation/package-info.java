/**
 * Evaluation: submitted inputs + reference values → problems, metric values, a status per goal,
 * trends and composite indices. Works on plain values ({@code BigDecimal}, records); free of HTTP,
 * POI and SQL.
 */
package goalbook.evaluation;
