package goalbook.workbook;

/**
 * A whole workbook is refused, e.g. code {@code wrong_region} with the Swedish advice "Filen är
 * mallen för Almi Nord ... Ladda ner mallen för ..." for the regional office.
 */
public class WorkbookRefusedException extends RuntimeException {

    private final String code;
    private final String title;
    private final String swedish;

    /**
     * @param code    stable English code, e.g. {@code xls_format}
     * @param title   short English title
     * @param swedish what the regional office should do, in Swedish
     */
    public WorkbookRefusedException(String code, String title, String swedish) {
        super(code + ": " + title);
        this.code = code;
        this.title = title;
        this.swedish = swedish;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String swedish() {
        return swedish;
    }
}
