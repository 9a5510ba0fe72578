package goalbook.workbook.report;

/**
 * Whose board a board workbook is for, e.g. {@code (null, "Almi Företagspartner AB – koncernen")}
 * for the group's board (group figures and every region's breakdown) or {@code ("gavle-dala",
 * "Almi Gävle Dala")} for that regional company's board (its own figures and comments only).
 */
public record BoardScope(String regionOrNull, String title) {

    public BoardScope {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("a board scope needs a title");
        }
    }

    boolean group() {
        return regionOrNull == null;
    }
}
