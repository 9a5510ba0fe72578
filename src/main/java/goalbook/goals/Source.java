package goalbook.goals;

/** Who provides a measure: the region in its template, or the controller in the reference data. */
public enum Source { REGION, REFERENCE }
