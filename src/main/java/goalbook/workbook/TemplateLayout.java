package goalbook.workbook;

import goalbook.text.StatusLabels;

/** Sheet names, defined-name prefixes and Swedish labels of the template contract, e.g. {@code gb_status_nps}. */
final class TemplateLayout {

    static final String INSTRUCTIONS = "Instruktioner";
    static final String INPUT = "Inrapportering";
    static final String STRUCTURE = "Målstruktur";
    static final String IDENTITY_SHEET = "gb_identitet";
    static final String IDENTITY_NAME = "gb_identity";
    static final String TEMPLATE_REVISION = "1";
    static final String NOT_SET = "ej fastställd";

    static final String MET = StatusLabels.MET;
    static final String NOT_MET = StatusLabels.NOT_MET;
    static final String NO_TARGET = StatusLabels.NO_TARGET;
    static final String MISSING = StatusLabels.MISSING;

    /** Custom document property keys in identity order. */
    static final String[] PROPERTY_KEYS = {"structure", "revision", "year", "quarter", "region", "template"};
    static final String PROPERTY_PREFIX = "goalbook.";

    private TemplateLayout() {}

    static String ref(String measure) {
        return "gb_ref_" + measure;
    }

    static String metric(String goal, String part) {
        return "gb_metric_" + goal + "_" + part;
    }

    static String status(String goal) {
        return "gb_status_" + goal;
    }

    static String comment(String goal) {
        return "gb_comment_" + goal;
    }

    /** The comment row's label while the goal's comment is not required (or given), e.g. for goal 3. */
    static String commentLabel(int goal) {
        return "Kommentar till mål " + goal + " (krävs om målet inte är uppfyllt)";
    }

    /** The comment row's label while the goal is not met and its comment is blank. */
    static String commentRequired(int goal) {
        return COMMENT_REQUIRED + ": mål " + goal + " är inte uppfyllt. Skriv orsak och åtgärd i rutan till höger.";
    }

    static final String COMMENT_REQUIRED = "Kommentar krävs";

    /** "2024 kvartal 2" */
    static String periodText(int year, int quarter) {
        return year + " kvartal " + quarter;
    }
}
