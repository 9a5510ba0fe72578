package goalbook.evaluation;

/** Change against the previous period of the same kind. */
public enum Trend {
    UP("Förbättrad"), DOWN("Försämrad"), UNCHANGED("Oförändrad"), NO_COMPARISON("Ingen jämförelse");

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
