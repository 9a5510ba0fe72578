package goalbook.workbook;

import goalbook.text.StatusLabels;

/** Sheet names, defined-name prefixes and Swedish labels of the template contract, e.g. {@code gb_status_nps}. */
public final class TemplateLayout {

    public static final String INSTRUCTIONS= "Instruktioner";
    public static final String INPUT= "Inrapportering";
    public static final String STRUCTURE= "Målstruktur";
    public static final String IDENTITY_SHEET = "gb_identitet";
    public static final String IDENTITY_NAME = "gb_identity";
    public static final String TEMPLATE_REVISION = "1";
    public static final String NOT_SET = "ej fastställd";

    public static final String MET = StatusLabels.MET;
    public static final String NOT_MET = StatusLabels.NOT_MET;
    public static final String NO_TARGET = StatusLabels.NO_TARGET;
    public static final String MISSING = StatusLabels.MISSING;

    /** Custom document property keys in identity order. */
    public static final String[] PROPERTY_KEYS = {"structure", "revision", "year", "quarter", "region", "template"};
    public static final String PROPERTY_PREFIX = "goalbook.";

    private TemplateLayout() {}

    public static String ref(String measure) {
        return "gb_ref_" + measure;
    }

    public static String metric(String goal, String part) {
        return "gb_metric_" + goal + "_" + part;
    }

    public static String status(String goal) {
        return "gb_status_" + goal;
    }

    public static String comment(String goal) {
        return "gb_comment_" + goal;
    }

    /** The comment row's label while the goal's comment is not required (or given), e.g. for goal 3. */
    public static String commentLabel(int goal) {
        return "Kommentar till mål " + goal + " (krävs om målet inte är uppfyllt)";
    }

    /** The comment row's label while the goal is not met and its comment is blank. */
    public static String commentRequired(int goal) {
        return COMMENT_REQUIRED + ": mål " + goal + " är inte uppfyllt. Skriv orsak och åtgärd i rutan till höger.";
    }

    public static final String COMMENT_REQUIRED = "Kommentar krävs";
}
