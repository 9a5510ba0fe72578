package goalbook.workbook;

import goalbook.evaluation.Report;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An uploaded workbook opened once for the whole flow: read its inputs, then annotate the same
 * parsed workbook, which saves parsing it a second time. Open only bytes that passed
 * {@link UploadPrescan}.
 */
public final class UploadedWorkbook implements AutoCloseable {
    private final XSSFWorkbook wb;
    private final int size;

    private UploadedWorkbook(XSSFWorkbook wb, int size) {
        this.wb = wb;
        this.size = size;
    }

    /** @throws WorkbookRefusedException {@code unreadable} when POI cannot open the bytes */
    public static UploadedWorkbook open(byte[] xlsx) {
        return new UploadedWorkbook(WorkbookReader.open(xlsx), xlsx.length);
    }

    public ReadWorkbook read(GoalStructure s, Period period) {
        return WorkbookReader.read(wb, s, period);
    }

    /** The annotated copy's bytes, headed with {@code regionName} (e.g. "Almi Nord"); call last, since it marks this workbook in place. */
    public byte[] annotate(GoalStructure s, Report report, SubmittedInputs inputs, String regionName) {
        return Annotator.annotate(wb, s, report, inputs, regionName, size);
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
