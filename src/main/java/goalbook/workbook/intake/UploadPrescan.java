package goalbook.workbook.intake;

import java.util.Objects;

/**
 * Decides, before POI sees a byte, whether an upload may be opened at all, e.g. a legacy .xls renamed
 * to .xlsx is refused with code {@code xls_format} and "Spara som Excel-arbetsbok (.xlsx)".
 *
 * <p>Uses only the JDK: the real file type is sniffed from the bytes; the zip is streamed with
 * {@link java.util.zip.ZipInputStream} (as POI streams it) counting every inflated byte against
 * {@link UploadLimits}; every XML part is parsed with StAX with DTDs off; then macros, external links,
 * data connections and embedded objects are refused; what the XML declares is bounded by
 * {@link ContentLimits}. Returns, when POI may open the bytes, the parts a report reads.
 */
public final class UploadPrescan {

    private UploadPrescan() {}

    /** @throws WorkbookRefusedException with a stable code and a Swedish message saying what to do */
    public static PrescannedUpload check(byte[] bytes, UploadLimits limits) {
        return check(bytes, limits, ContentLimits.DEFAULT);
    }

    static PrescannedUpload check(byte[] bytes, UploadLimits limits, ContentLimits content) {
        Objects.requireNonNull(bytes, "bytes");
        Objects.requireNonNull(limits, "limits");
        if (bytes.length > limits.maxBytes()) {
            throw Refusal.TOO_LARGE.exception(megabytes(limits.maxBytes()));
        }
        FileSniffer.requireZip(bytes);
        ZipScan scan = new ZipScan(limits, content);
        scan.run(bytes);
        PartRules.check(scan);
        return new PrescannedUpload(scan, content);
    }

    private static String megabytes(long bytes) {
        long whole = bytes >> 20;
        return whole << 20 == bytes ? Long.toString(whole) : String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0).replace('.', ',');
    }
}
