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
 * Rewrites a zip with every entry stamped {@code time} (local DOS time, no extra fields) in the
 * same order, so the same workbook content always gives the same bytes; POI stamps the write time.
 */
final class DeterministicZip {

    private DeterministicZip() {}

    static byte[] rewrite(byte[] zip, LocalDateTime time) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip));
             ZipOutputStream z = new ZipOutputStream(out)) {
            z.setLevel(6);
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(time);
                z.putNextEntry(copy);
                in.transferTo(z);
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the workbook zip", e);
        }
        return out.toByteArray();
    }
}
