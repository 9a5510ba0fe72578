package goalbook.workbook.upload;

import goalbook.workbook.TemplateLayout;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Recomputes the cached results of the formulas on the sheets holding the template's status cells, so the
 * annotated copy shows its live statuses for the figures it contains in every reader, not only in one that
 * recalculates on opening (LibreOffice shows cached results: a workbook filled by a script still carried the
 * empty template's "Uppgift saknas"). Bounded, since an upload may hold many formulas of its own; a formula
 * POI cannot compute keeps the result it had.
 */
final class LiveValues {
    /** Far above a template's few hundred formulas. */
    static final int MAX_FORMULAS = 5_000;

    private LiveValues() {}

    static void refresh(XSSFWorkbook wb) {
        XSSFFormulaEvaluator evaluator = wb.getCreationHelper().createFormulaEvaluator();
        evaluator.setIgnoreMissingWorkbooks(true);
        int budget = MAX_FORMULAS;
        for (XSSFSheet sheet : statusSheets(wb)) {
            for (Row row : sheet) {
                for (Cell c : row) {
                    if (c.getCellType() != CellType.FORMULA) {
                        continue;
                    }
                    if (budget-- == 0) {
                        return;
                    }
                    try {
                        evaluator.evaluateFormulaCell(c);
                    } catch (RuntimeException | StackOverflowError e) {
                        // an unsupported function, a broken reference or a chain too deep: the cached result stays
                    }
                }
            }
        }
    }

    private static Set<XSSFSheet> statusSheets(XSSFWorkbook wb) {
        Set<XSSFSheet> sheets = new LinkedHashSet<>();
        for (XSSFName n : wb.getAllNames()) {
            if (n.getNameName().startsWith(TemplateLayout.status("")) && n.getSheetIndex() == -1) {
                NameLookup.named(wb, n.getNameName()).ifPresent(c -> sheets.add(c.getSheet()));
            }
        }
        return sheets;
    }
}
