package goalbook.text;

/**
 * The Swedish labels of a goal's status and of a value's change, as workbooks, the template's live
 * status formulas and the API's {@code statusLabel} show them. Trend labels state the raw direction
 * ("Ökat", not "Förbättrad"): for a cost judged "at most", a rise is a worsening.
 */
public final class StatusLabels {
    public static final String NOT_DUE = "Rapporteras ej";
    public static final String MISSING = "Uppgift saknas";
    public static final String NO_TARGET = "Målnivå saknas";
    public static final String NOT_MET = "Ej uppfyllt";
    public static final String MET = "Uppfyllt";

    public static final String UP = "Ökat";
    public static final String DOWN = "Minskat";
    public static final String UNCHANGED = "Oförändrat";
    public static final String NO_COMPARISON = "Ingen jämförelse";

    /** Where a region's report stands with the controller. */
    public static final String REVIEW_MISSING = "Ej inlämnad";
    public static final String REVIEW_SUBMITTED = "Inlämnad";
    public static final String REVIEW_ACCEPTED = "Godkänd";
    public static final String REVIEW_RETURNED = "Återförvisad";

    private StatusLabels() {}
}
