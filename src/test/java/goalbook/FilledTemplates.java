package goalbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a template's named cells the way a regional office would, e.g. {@code unika_kunder = 100}. */
public final class FilledTemplates {
    private FilledTemplates() {}

    /** Structure B, all goals due in Q2 met with these figures (given plan levels and comparison groups). */
    public static final Map<String, Object> B_Q2_MET = Map.ofEntries(
            Map.entry("unika_kunder", 100), Map.entry("kunder_tidiga_skeden", 85), Map.entry("kunder_kvinnor", 40),
            Map.entry("kunder_utlandsk_bakgrund", 25), Map.entry("lan_resultat_36m", 9_000_000),
            Map.entry("nettolanestock_snitt_36m", 100_000_000), Map.entry("utbetalda_lan", 60_000_000),
            Map.entry("avslutade_insatser", 120), Map.entry("kostnader", 12_000_000), Map.entry("insatser_totalt", 400),
            Map.entry("aktiva_relationer", 250), Map.entry("aktiva_relationer_kyc", 250), Map.entry("nps_promotorer", 70),
            Map.entry("nps_passiva", 20), Map.entry("nps_kritiker", 10));

    /** Like {@link #fill} but skips values whose name the template lacks (goals not due that quarter). */
    public static byte[] fillDue(byte[] template, Map<String, ?> values) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            Map<String, Object> due = new java.util.HashMap<>();
            values.forEach((k, v) -> {
                if (wb.getName(k) != null) {
                    due.put(k, v);
                }
            });
            return fill(template, due);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets each named cell to a number, a text or (for a String starting with '=') a formula, and saves. */
    /** Version {@code n} of a region's report: {@link #B_Q2_MET} with 100 + n unique customers, so each n is other bytes. */
    public static byte[] version(byte[] template, int n) {
        Map<String, Object> values = new java.util.HashMap<>(B_Q2_MET);
        values.put("unika_kunder", 100 + n);
        return fill(template, values);
    }

    public static byte[] fill(byte[] template, Map<String, ?> values) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (Map.Entry<String, ?> e : values.entrySet()) {
                Cell c = cell(wb, e.getKey());
                Object v = e.getValue();
                if (v instanceof Number n) {
                    c.setCellValue(n.doubleValue());
                } else if (v instanceof String s && s.startsWith("=")) {
                    c.setCellFormula(s.substring(1));
                } else if (v == null) {
                    c.setBlank();
                } else {
                    c.setCellValue(v.toString());
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Cell cell(XSSFWorkbook wb, String name) {
        Name n = wb.getName(name);
        if (n == null) {
            throw new IllegalArgumentException("template has no name " + name);
        }
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        var sheet = wb.getSheet(ref.getSheetName());
        var row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }
}
