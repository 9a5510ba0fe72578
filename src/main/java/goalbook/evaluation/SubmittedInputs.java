package goalbook.evaluation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * What was read from a submitted workbook.
 *
 * @param values   measure id → value as written in the cell, for every input that could be read
 * @param cells    measure id → its cell, e.g. {@code Inrapportering!D14}, for every input found
 * @param comments goal id → the region's comment (blank comments left out)
 * @param problems problems found while reading (not a number, refused formula, ...)
 */
public record SubmittedInputs(
        Map<String, BigDecimal> values,
        Map<String, String> cells,
        Map<String, String> comments,
        Map<String, String> commentCells,
        List<Problem> problems) {

    public SubmittedInputs {
        values = Map.copyOf(values);
        cells = Map.copyOf(cells);
        comments = Map.copyOf(comments);
        commentCells = Map.copyOf(commentCells);
        problems = List.copyOf(problems);
    }
}
