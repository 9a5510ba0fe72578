package goalbook.workbook.report;

import goalbook.goals.Period;
import java.math.BigDecimal;

/**
 * One earlier period's value of a goal, e.g. {@code (2024-Q1, "utbetalda_lan", 41000000)}: the group's
 * value in the consolidated and group board workbooks, the region's own in a regional board workbook.
 *
 * @param groupValue unrounded, in the goal's unit (shares as fractions); null when it could not be computed
 */
public record TrendPoint(Period period, String goalId, BigDecimal groupValue) {}
