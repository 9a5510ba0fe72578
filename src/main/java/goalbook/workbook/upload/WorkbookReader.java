package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.intake.UploadPrescan;
import goalbook.workbook.intake.PrescannedUpload;
import goalbook.workbook.intake.UploadLimits;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.util.function.UnaryOperator;

/**
 * Reads a filled template by defined name, without POI: each region-entered measure of the goals due
 * (e.g. {@code unika_kunder} → 1200 from {@code Inrapportering!C24}), the comments {@code gb_comment_*}
 * and the identity, from the parts {@link UploadPrescan} kept. Formulas are read by the value Excel
 * saved, never evaluated. It does not judge the identity; {@link #checkIdentity} does.
 */
public final class WorkbookReader {

    /** Pre-scans {@code xlsx} with the default limits, then reads it. */
    public ReadWorkbook read(byte[] xlsx, GoalStructure s, Period period) {
        return read(UploadPrescan.check(xlsx, UploadLimits.DEFAULT), s, period);
    }

    public static ReadWorkbook read(PrescannedUpload upload, GoalStructure s, Period period) {
        StreamingReader r = StreamingReader.of(upload);
        return new ReadWorkbook(r.identity(), r.inputs(s, period));
    }

    /** The identity alone: enough to refuse a workbook before its inputs are read. */
    public static TemplateIdentity identity(PrescannedUpload upload) {
        return StreamingReader.of(upload).identity();
    }

    public static SubmittedInputs inputs(PrescannedUpload upload, GoalStructure s, Period period) {
        return StreamingReader.of(upload).inputs(s, period);
    }

    /**
     * Refuses a workbook that is not the template of {@code region} and {@code period} rendered from
     * the current revision of {@code current}; the Swedish message says which template to download.
     */
    public static void checkIdentity(TemplateIdentity id, GoalStructure current, Period period, String region) {
        IdentityCheck.check(id, current, period, region);
    }

    /** The same, naming regions as the region list does, e.g. "Almi Nord" rather than "regionen nord". */
    public static void checkIdentity(TemplateIdentity id, GoalStructure current, Period period, String region,
                                     UnaryOperator<String> regionName) {
        IdentityCheck.check(id, current, period, region, regionName);
    }
}
