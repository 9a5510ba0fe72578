package goalbook.evaluation;

import goalbook.text.StatusLabels;

/**
 * Change of a value against the previous period of the same kind, as a raw direction: UP means the
 * number grew, whether or not the rule counts that as better (for cost per insats, judged "at
 * most", UP is a worsening). The labels say so ("Ökat", not "Förbättrad").
 */
public enum Trend {
    UP(StatusLabels.UP), DOWN(StatusLabels.DOWN), UNCHANGED(StatusLabels.UNCHANGED), NO_COMPARISON(StatusLabels.NO_COMPARISON);

    private final String label;

    Trend(String label) {
        this.label = label;
    }

    /** The Swedish label shown in workbooks, e.g. "Ökat". */
    public String label() {
        return label;
    }
}
