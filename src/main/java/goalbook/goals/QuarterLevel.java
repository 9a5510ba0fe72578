package goalbook.goals;

/**
 * How an annual reference level applies to a quarter when no quarterly level is given:
 * {@code PRORATE} (cumulative goals: annual × quarter / 4) or {@code ANNUAL} (ratios: the annual
 * level itself).
 */
public enum QuarterLevel { PRORATE, ANNUAL }
