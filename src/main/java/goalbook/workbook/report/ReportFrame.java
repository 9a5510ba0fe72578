package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import goalbook.workbook.ExcelText;
import goalbook.workbook.DeterministicZip;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What every sheet of the consolidated and board workbooks shares, e.g. a draft board workbook's
 * sheet starts with the red cell "UTKAST – ej godkänt" in A1 and carries the same words in its
 * printed header and footer; content then starts at row 2. Times are shown in Swedish time.
 */
final class ReportFrame {

    static final String DRAFT = "UTKAST – ej godkänt";

    private final XSSFWorkbook wb;
    private final ReportStyles st;
    /** The red line at the top of every sheet and in its printed header and footer; null for none. */
    private final String banner;

    ReportFrame(XSSFWorkbook wb, ReportStyles st, boolean draft) {
        this(wb, st, draft ? DRAFT : null);
    }

    ReportFrame(XSSFWorkbook wb, ReportStyles st, String banner) {
        this.wb = wb;
        this.st = st;
        this.banner = banner;
    }

    /** A new sheet printed A4 landscape one page wide; marked when a draft. */
    XSSFSheet sheet(String name) {
        XSSFSheet sheet = wb.createSheet(name);
        SheetKit.print(sheet);
        sheet.getPrintSetup().setFitHeight((short) 0);
        mark(sheet);
        return sheet;
    }

    /** The first row free for content: 2 below a banner, else 0. */
    int top() {
        return banner != null ? 2 : 0;
    }

    /** Adds the banner and header/footer to a sheet someone else created (e.g. Målstruktur). */
    void mark(XSSFSheet sheet) {
        if (banner == null) {
            return;
        }
        sheet.getHeader().setCenter(ExcelText.fitHeaderFooter(banner));
        sheet.getFooter().setCenter(ExcelText.fitHeaderFooter(banner));
        SheetKit.cell(sheet, 0, 0, banner, st.draft);
        SheetKit.fitHeight(sheet, 0, banner, 80, 20f);
    }

    /** The workbook's bytes, stamped {@code generatedAt} in document properties and zip entries so equal input gives equal bytes. */
    static byte[] bytes(XSSFWorkbook wb, String title, Instant generatedAt) {
        LocalDateTime local = LocalDateTime.ofInstant(generatedAt, SwedishDates.SWEDEN);
        var core = wb.getProperties().getCoreProperties();
        core.setCreator("Goalbook");
        core.setTitle(title);
        core.setCreated(Optional.of(Date.from(generatedAt)));
        core.setModified(Optional.of(Date.from(generatedAt)));
        wb.setActiveSheet(0);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return DeterministicZip.stamp(out.toByteArray(), local);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        }
    }
}
