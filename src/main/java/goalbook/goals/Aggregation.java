package goalbook.goals;

/**
 * How a measure consolidates to the group: counts and amounts are summed, rates with a natural
 * weight take a weighted mean, centrally measured values come from the reference data's group row.
 */
public enum Aggregation { SUM, WEIGHTED_MEAN, GROUP_ROW }
