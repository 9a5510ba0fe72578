package goalbook.goals;

/** The unit of a measure or metric, e.g. {@code SHARE} for 0.80 shown as "80,0 %". */
public enum Unit {
    COUNT, SEK, SHARE, INDEX, PERCENT;

    /** Swedish label shown in workbooks, e.g. "antal". */
    public String label() {
        return switch (this) {
            case COUNT -> "antal";
            case SEK -> "kr";
            case SHARE -> "andel (%)";
            case INDEX -> "index";
            case PERCENT -> "procent";
        };
    }
}
