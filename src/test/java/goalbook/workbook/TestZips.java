package goalbook.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Builds small zips and workbooks for upload tests. */
public final class TestZips {
    private TestZips() {}

    /** A plain one-sheet workbook written by POI, as entry name → bytes. */
    public static Map<String, byte[]> minimalWorkbookEntries() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Inrapportering").createRow(0).createCell(0).setCellValue("Unika kunder");
            wb.write(out);
            return entries(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, byte[]> entries(byte[] zip) {
        Map<String, byte[]> all = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                all.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(e.getKey()));
                out.write(e.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The minimal workbook with {@code name} added (or replaced). */
    public static byte[] workbookWith(String name, String content) {
        Map<String, byte[]> all = minimalWorkbookEntries();
        all.put(name, utf8(content));
        return zip(all);
    }

    /** Declares {@code extension} with {@code type} in the entries' {@code [Content_Types].xml}, so parts named so are not corrupt. */
    public static Map<String, byte[]> declaring(Map<String, byte[]> entries, String extension, String type) {
        String types = new String(entries.get("[Content_Types].xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("<Default ", "<Default Extension=\"" + extension + "\" ContentType=\"" + type + "\"/><Default ");
        entries.put("[Content_Types].xml", utf8(types));
        return entries;
    }

    public static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces every occurrence of {@code from} with {@code to} (same length), e.g. to forge a duplicate name. */
    public static byte[] replaceAll(byte[] b, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        if (f.length != t.length) {
            throw new IllegalArgumentException("same length only");
        }
        byte[] out = b.clone();
        for (int i = 0; i <= out.length - f.length; i++) {
            boolean match = true;
            for (int j = 0; j < f.length && match; j++) {
                match = out[i + j] == f[j];
            }
            if (match) {
                System.arraycopy(t, 0, out, i, t.length);
            }
        }
        return out;
    }

    /** An OLE2 compound file header followed by one directory sector naming {@code streams}. */
    public static byte[] ole(String... streams) {
        byte[] b = new byte[512 + 512];
        byte[] magic = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(magic, 0, b, 0, magic.length);
        String[] names = new String[streams.length + 1];
        names[0] = "Root Entry";
        System.arraycopy(streams, 0, names, 1, streams.length);
        for (int i = 0; i < names.length && i < 4; i++) {
            int at = 512 + i * 128;
            byte[] name = names[i].getBytes(StandardCharsets.UTF_16LE);
            System.arraycopy(name, 0, b, at, name.length);
            int len = name.length + 2;
            b[at + 64] = (byte) len;
            b[at + 65] = (byte) (len >> 8);
            b[at + 66] = (byte) (i == 0 ? 5 : 2);
        }
        return b;
    }
}
