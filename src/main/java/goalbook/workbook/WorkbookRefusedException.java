package goalbook.workbook;

/**
 * A whole file that cannot be taken in, e.g. code {@code xls_format}, title "Legacy .xls format", Swedish
 * "Filen är i det gamla Excelformatet (.xls). Spara som Excel-arbetsbok (.xlsx) och skicka igen."
 */
public final class WorkbookRefusedException extends RuntimeException {
    private final String code;
    private final String title;
    private final String swedish;

    public WorkbookRefusedException(String code, String title, String swedish) {
        super(code + ": " + title);
        this.code = code;
        this.title = title;
        this.swedish = swedish;
    }

    /** Stable English code for the API, e.g. {@code xls_format}. */
    public String code() {
        return code;
    }

    /** Short English title, e.g. "Legacy .xls format". */
    public String title() {
        return title;
    }

    /** What the regional office should do, in Swedish. */
    public String swedish() {
        return swedish;
    }
}
