package goalbook.goals;

import java.util.Optional;

/**
 * A second parser every metric expression must satisfy, e.g. the spreadsheet's own formula parser
 * (supplied by the workbook package, so this package stays free of POI).
 */
@FunctionalInterface
public interface FormulaCheck {
    /** Returns why {@code expression} cannot be used, or empty when it can. */
    Optional<String> problemWith(String expression);

    FormulaCheck NONE = e -> Optional.empty();
}
