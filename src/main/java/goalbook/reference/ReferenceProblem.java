package goalbook.reference;

/**
 * One thing wrong in uploaded reference data, e.g. field {@code regions.nord.jmf_andel_kvinnor.Q2},
 * English "is a share and must be between 0 and 1 (0.8 for 80 %), got 1.2", Swedish
 * "Almi Nord, Jämförelsegruppens andel kvinnor, Q2: en andel ska vara mellan 0 % och 100 %, angivet 120 %.".
 *
 * @param field   JSON path of the bad value, or "" for the whole document
 * @param cell    the workbook cell, e.g. {@code Referensdata!F7}, or null (JSON upload, or no cell)
 * @param message English, for API clients and logs
 * @param swedish the whole sentence the controller reads, place first; no English in it
 */
public record ReferenceProblem(String field, String cell, String message, String swedish) {

    static ReferenceProblem of(String field, String message, String swedish) {
        return new ReferenceProblem(field, null, message, swedish);
    }

    /** The same problem, pinned to the cell it was read from. */
    public ReferenceProblem at(String workbookCell) {
        return new ReferenceProblem(field, workbookCell, message, swedish);
    }

    /** "field: message", as {@link ReferenceDataException#errors()} lists it. */
    String english() {
        return field.isEmpty() ? message : field + ": " + message;
    }
}
