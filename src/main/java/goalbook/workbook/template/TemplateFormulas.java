package goalbook.workbook.template;

import goalbook.workbook.Styles;
import goalbook.workbook.TemplateLayout;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The formulas Goalbook's template holds for a structure and quarter, by cell, e.g.
 * {@code Inrapportering!C10 → IF(COUNT(kunder_tidiga_skeden,unika_kunder)<2,"",kunder_tidiga_skeden / unika_kunder)}:
 * what an annotated copy may keep live. They depend on the structure's revision and the goals due in
 * the quarter, not on the region or its reference values, so one rendering per pair is kept.
 */
public final class TemplateFormulas {
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();
    private static final Region ANY_REGION = new Region("mall", "Mall");

    private TemplateFormulas() {}

    public static Map<String, String> of(GoalStructure s, Period period) {
        return CACHE.computeIfAbsent(s.id() + "@" + s.revision() + "/Q" + period.quarter(), k -> render(s, period));
    }

    private static Map<String, String> render(GoalStructure s, Period period) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            new InputSheet(wb.createSheet(TemplateLayout.INPUT), new Styles(wb), s, ANY_REGION, period, Map.of()).write();
            return in(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every formula of {@code template} by {@code Sheet!A1}. */
    public static Map<String, String> in(XSSFWorkbook template) {
        Map<String, String> formulas = new HashMap<>();
        for (Sheet sheet : template) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.FORMULA) {
                        formulas.put(sheet.getSheetName() + "!" + c.getAddress().formatAsString(), c.getCellFormula());
                    }
                }
            }
        }
        return Map.copyOf(formulas);
    }
}
