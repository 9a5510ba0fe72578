package goalbook.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Test helpers: open rendered bytes, find and fill cells by defined name, as a person would with Excel. */
public final class Filling {

    private Filling() {}

    public static XSSFWorkbook open(byte[] xlsx) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    }

    public static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }

    /** The cell a workbook-scoped name refers to; fails the test when the name is missing. */
    public static XSSFCell cell(XSSFWorkbook wb, String name) {
        var n = wb.getName(name);
        if (n == null) {
            throw new AssertionError("no defined name " + name);
        }
        CellReference ref = new CellReference(n.getRefersToFormula());
        XSSFRow row = wb.getSheet(ref.getSheetName()).getRow(ref.getRow());
        XSSFCell c = row.getCell(ref.getCol());
        return c == null ? row.createCell(ref.getCol()) : c;
    }

    /** Sets numbers (Double) or text (String) into named cells and returns the saved bytes. */
    public static byte[] fill(byte[] xlsx, Map<String, Object> values) throws IOException {
        try (XSSFWorkbook wb = open(xlsx)) {
            values.forEach((name, v) -> {
                if (v instanceof Double d) {
                    cell(wb, name).setCellValue(d);
                } else {
                    cell(wb, name).setCellValue((String) v);
                }
            });
            return bytes(wb);
        }
    }

    /** Rewrites one zip entry's text, e.g. to drop custom properties the way openpyxl does. */
    public static byte[] replaceInEntry(byte[] zip, String entry, String from, String to) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream z = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] data = in.readAllBytes();
                if (e.getName().equals(entry)) {
                    data = new String(data, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
                }
                z.putNextEntry(new ZipEntry(e.getName()));
                z.write(data);
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
