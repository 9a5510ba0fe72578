package goalbook.workbook.referencebook;

import com.fasterxml.jackson.databind.node.ObjectNode;
import goalbook.goals.Measure;
import goalbook.goals.Region;
import goalbook.reference.ReferencePlace;
import goalbook.reference.ReferenceProblem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the filled reference cells of one workbook by their {@code gb_ref_...} names into JSON
 * levels, e.g. {@code {"plan_utbetalda_lan":{"year":1000000,"Q2":400000}}}, noting every cell
 * whose content is not a number and which cell each JSON field came from.
 */
final class ReferenceWorkbookReader {

    private final XSSFWorkbook wb;
    private final List<Measure> measures;
    private final List<ReferenceProblem> bad = new ArrayList<>();
    private final Map<String, String> cells = new LinkedHashMap<>();
    private int namesFound;

    ReferenceWorkbookReader(XSSFWorkbook wb, List<Measure> measures) {
        this.wb = wb;
        this.measures = measures;
    }

    /** Fills {@code into} with the measures of one row that have a value; a missing name counts as empty. */
    void readRow(Region regionOrNullForGroup, ObjectNode into) {
        String path = regionOrNullForGroup == null ? "group" : "regions." + regionOrNullForGroup.id();
        String rowName = regionOrNullForGroup == null ? ReferencePlace.GROUP : regionOrNullForGroup.name();
        for (Measure m : measures) {
            ObjectNode level = into.objectNode();
            for (int slot = 0; slot < ReferenceLayout.SLOTS.size(); slot++) {
                String key = ReferenceLayout.JSON_KEYS.get(slot);
                String field = path + "." + m.id() + "." + key;
                BigDecimal value = valueOf(ReferenceLayout.name(regionOrNullForGroup, m, slot), m, field, ReferencePlace.of(rowName, m, key));
                if (value != null) {
                    level.put(key, value);
                }
            }
            if (!level.isEmpty()) {
                into.set(m.id(), level);
            }
        }
    }

    /** One problem per cell that holds no number, in reading order, each with its cell. */
    List<ReferenceProblem> badCells() {
        return bad;
    }

    /** JSON field → the cell it was read from, e.g. {@code regions.nord.plan_utbetalda_lan.Q2 → Referensdata!F7}, in reading order. */
    Map<String, String> cells() {
        return cells;
    }

    /** How many of the expected names the workbook has; none means it is not a reference workbook any more. */
    int namesFound() {
        return namesFound;
    }

    private BigDecimal valueOf(String name, Measure m, String field, String place) {
        XSSFName n = wb.getName(name);
        if (n == null || n.getSheetIndex() != -1) {
            return null;
        }
        CellReference ref;
        try {
            String formula = n.getRefersToFormula();
            ref = new CellReference(formula.contains(":") ? formula.substring(0, formula.indexOf(':')) : formula);
        } catch (RuntimeException e) {
            return null; // e.g. #REF! after the cell was deleted: the value is gone, as if empty
        }
        Sheet sheet = ref.getSheetName() == null ? null : wb.getSheet(ref.getSheetName());
        if (sheet == null) {
            return null;
        }
        namesFound++;
        Row row = sheet.getRow(ref.getRow());
        Cell cell = row == null ? null : row.getCell(ref.getCol());
        String where = sheet.getSheetName() + "!" + new CellReference(ref.getRow(), ref.getCol()).formatAsString();
        cells.put(field, where);
        return ReferenceCells.number(cell, m.unit(), notANumber ->
                bad.add(new ReferenceProblem(field, where, notANumber.english(), place + ": " + notANumber.swedish() + ".")));
    }
}
