package goalbook.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A rendered template opened with POI from its bytes, filled by defined name, as a region would. */
public final class Filled implements AutoCloseable {

    public final XSSFWorkbook wb;

    public Filled(byte[] xlsx) {
        try {
            wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public XSSFCell cell(String name) {
        XSSFName n = wb.getName(name);
        if (n == null) {
            throw new AssertionError("no defined name " + name);
        }
        CellReference ref = new AreaReference(n.getRefersToFormula(), wb.getSpreadsheetVersion()).getFirstCell();
        return wb.getSheet(ref.getSheetName()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    public Filled set(String name, Object value) {
        XSSFCell c = cell(name);
        if (value == null) {
            c.setBlank();
        } else if (value instanceof Number n) {
            c.setCellValue(n.doubleValue());
        } else if (value instanceof String s && s.startsWith("=")) {
            c.setCellFormula(s.substring(1));
        } else {
            c.setCellValue(value.toString());
        }
        return this;
    }

    public Filled setAll(Map<String, ?> values) {
        values.forEach(this::set);
        return this;
    }

    public Filled evaluate() {
        XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
        return this;
    }

    public String text(String name) {
        XSSFCell c = cell(name);
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        return t == CellType.STRING ? c.getStringCellValue() : t == CellType.NUMERIC ? String.valueOf(c.getNumericCellValue()) : t.name();
    }

    public double number(String name) {
        XSSFCell c = cell(name);
        CellType t = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        if (t != CellType.NUMERIC) {
            throw new AssertionError(name + " is " + t + ": " + text(name));
        }
        return c.getNumericCellValue();
    }

    public byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        wb.close();
    }
}
