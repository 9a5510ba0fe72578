package goalbook.workbook;

/** Placeholder until the tpl branch lands; replaced at merge. */
public class WorkbookRefusedException extends RuntimeException {
    private final String code;
    private final String title;
    private final String swedish;

    public WorkbookRefusedException(String code, String title, String swedish) {
        super(title);
        this.code = code;
        this.title = title;
        this.swedish = swedish;
    }

    public String code() { return code; }
    public String title() { return title; }
    public String swedish() { return swedish; }
}
