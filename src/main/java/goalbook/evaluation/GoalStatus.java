package goalbook.evaluation;

import goalbook.text.StatusLabels;

/** A goal's verdict, in precedence order for goals in parts: NOT_DUE, MISSING, NO_TARGET, then MET / NOT_MET. */
public enum GoalStatus {
    NOT_DUE(StatusLabels.NOT_DUE),
    MISSING(StatusLabels.MISSING),
    NO_TARGET(StatusLabels.NO_TARGET),
    NOT_MET(StatusLabels.NOT_MET),
    MET(StatusLabels.MET);

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    /** The Swedish label shown in workbooks, e.g. "Uppfyllt". */
    public String label() {
        return label;
    }
}
