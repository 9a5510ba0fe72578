package goalbook.workbook.intake;

/**
 * A whole file that cannot be taken in, e.g. status 415, code {@code xls_format}, title "Legacy .xls
 * format", Swedish "Filen är i det gamla Excelformatet (.xls). Spara som Excel-arbetsbok (.xlsx) och
 * skicka igen." Every refusal declares its HTTP status where it is made, so a new code never falls
 * into a default.
 */
public final class WorkbookRefusedException extends RuntimeException {
    /** 413: the file is larger than the upload limit. */
    public static final int TOO_LARGE = 413;
    /** 415: not an .xlsx workbook we take in (another format, encrypted, not a workbook). */
    public static final int UNSUPPORTED = 415;
    /** 422: an .xlsx that cannot be read, is unsafe, or is not the right template. */
    public static final int UNPROCESSABLE = 422;

    private final int status;
    private final String code;
    private final String title;
    private final String swedish;

    public WorkbookRefusedException(int status, String code, String title, String swedish) {
        super(code + ": " + title);
        if (status != TOO_LARGE && status != UNSUPPORTED && status != UNPROCESSABLE) {
            throw new IllegalArgumentException("a refused workbook answers 413, 415 or 422, not " + status);
        }
        this.status = status;
        this.code = code;
        this.title = title;
        this.swedish = swedish;
    }

    /** The HTTP status of the answer, e.g. 415. */
    public int status() {
        return status;
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
