package goalbook.goals;

/**
 * Whether a figure accumulates over the year ({@code YEAR_TO_DATE}, compared with the same quarter
 * last year) or is a state at the end of the quarter ({@code POINT_IN_TIME}, compared with the
 * previous quarter).
 */
public enum Timing { YEAR_TO_DATE, POINT_IN_TIME }
