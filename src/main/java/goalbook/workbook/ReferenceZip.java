package goalbook.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Rewrites a zip (an .xlsx) with every entry stamped 2000-01-01 00:00 local DOS time, in the same
 * order, so the same reference data gives the same bytes whenever and wherever it is rendered.
 */
final class ReferenceZip {

    private static final LocalDateTime FIXED = LocalDateTime.of(2000, 1, 1, 0, 0);

    private ReferenceZip() {}

    static byte[] withFixedTimes(byte[] zip) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
                ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(FIXED);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite workbook zip", e);
        }
        return out.toByteArray();
    }
}
