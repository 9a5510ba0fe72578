package goalbook.workbook.upload;

import goalbook.workbook.template.TemplateFormulas;
import goalbook.workbook.intake.Refusal;
import goalbook.workbook.intake.WorkbookRefusedException;
import goalbook.evaluation.Report;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded workbook opened with POI to be annotated, and for nothing else: its inputs were read by
 * {@link WorkbookReader} without POI. Open only bytes that passed {@link UploadPrescan}, whose bounds
 * keep POI's model small; no uploaded formula is ever evaluated here.
 */
public final class UploadedWorkbook implements AutoCloseable {
    private final XSSFWorkbook wb;
    private final int size;

    private UploadedWorkbook(XSSFWorkbook wb, int size) {
        this.wb = wb;
        this.size = size;
    }

    /** @throws WorkbookRefusedException {@code corrupt} when POI cannot open the bytes */
    public static UploadedWorkbook open(byte[] xlsx) {
        try {
            return new UploadedWorkbook(new XSSFWorkbook(new ByteArrayInputStream(xlsx)), xlsx.length);
        } catch (IOException | RuntimeException e) {
            throw unreadable();
        }
    }

    /** One condition, one code: a file POI cannot open after the pre-scan let it through is {@code corrupt}. */
    static WorkbookRefusedException unreadable() {
        return Refusal.CORRUPT.exception();
    }

    /** The annotated copy's bytes, headed with {@code regionName} (e.g. "Almi Nord"); call last, since it marks this workbook in place. */
    public byte[] annotate(GoalStructure s, Report report, SubmittedInputs inputs, String regionName) {
        return annotate(s, report, inputs, regionName, ReviewNotes.NONE);
    }

    /** As above, with the controller's review so far in a block on Resultat. */
    public byte[] annotate(GoalStructure s, Report report, SubmittedInputs inputs, String regionName, ReviewNotes review) {
        return Annotator.annotate(wb, s, report, inputs, regionName, size, TemplateFormulas.of(s, goalbook.goals.Period.parse(report.period())),
                review);
    }

    @Override
    public void close() {
        try {
            wb.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
