package goalbook.evaluation;

/** A goal's verdict, in precedence order for goals in parts: NOT_DUE, MISSING, NO_TARGET, then MET / NOT_MET. */
public enum GoalStatus {
    NOT_DUE("Rapporteras ej"),
    MISSING("Uppgift saknas"),
    NO_TARGET("Målnivå saknas"),
    NOT_MET("Ej uppfyllt"),
    MET("Uppfyllt");

    private final String label;

    GoalStatus(String label) {
        this.label = label;
    }

    /** The Swedish label shown in workbooks, e.g. "Uppfyllt". */
    public String label() {
        return label;
    }
}
