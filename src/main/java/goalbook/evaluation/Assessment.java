package goalbook.evaluation;

/**
 * What a change means for the goal, e.g. cost per insats falling from 11 000 to 10 000 kr is
 * BETTER; a value that cannot be set against the earlier one is NOT_COMPARABLE (other regions,
 * a year-to-date figure against another quarter) or NO_EARLIER (nothing to compare with).
 */
public enum Assessment {
    BETTER("Förbättring"),
    WORSE("Försämring"),
    UNCHANGED("Oförändrat"),
    /** Changed, but the goal has no direction (no target yet) or both values lie inside the target interval. */
    NEUTRAL("Förändrat"),
    NOT_COMPARABLE("Ej jämförbar"),
    NO_EARLIER("Ingen jämförelse");

    private final String label;

    Assessment(String label) {
        this.label = label;
    }

    /** Swedish, e.g. "Försämring". */
    public String label() {
        return label;
    }

    /** True when a value was set against an earlier one. */
    public boolean compared() {
        return this != NOT_COMPARABLE && this != NO_EARLIER;
    }
}
