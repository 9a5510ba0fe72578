package goalbook.evaluation;

/**
 * One problem in a submission, e.g. {@code ERROR required unika_kunder Inrapportering!D14 "Uppgift
 * saknas: Unika kunder måste fyllas i."}.
 *
 * @param code    stable English code for the API, e.g. {@code not_a_number}
 * @param measure the measure id, or null for a problem of the whole workbook
 * @param cell    sheet and cell, e.g. {@code Inrapportering!D14}, or null
 * @param message Swedish, for the regional office
 */
public record Problem(Severity severity, String code, String measure, String cell, String message) {

    public static Problem error(String code, String measure, String cell, String message) {
        return new Problem(Severity.ERROR, code, measure, cell, message);
    }

    public static Problem warning(String code, String measure, String cell, String message) {
        return new Problem(Severity.WARNING, code, measure, cell, message);
    }
}
