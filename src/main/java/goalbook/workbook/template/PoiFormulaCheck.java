package goalbook.workbook.template;

import goalbook.goals.FormulaCheck;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.formula.FormulaParseException;
import org.apache.poi.ss.formula.FormulaParser;
import org.apache.poi.ss.formula.FormulaType;
import org.apache.poi.xssf.usermodel.XSSFEvaluationWorkbook;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Checks an expression with POI's own formula parser, e.g. {@code "kostnader / insatser_totalt"}
 * passes and {@code "kostnader / (insatser_totalt"} gives the parser's reason. Every identifier is
 * first defined as a name in a scratch workbook, as the rendered template does.
 */
public final class PoiFormulaCheck implements FormulaCheck {

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![0-9.])[A-Za-z_][A-Za-z0-9_.]*+(?!\\s*\\()");
    private static final Set<String> LOGICAL = Set.of("true", "false");

    private final XSSFWorkbook scratch = new XSSFWorkbook();

    public PoiFormulaCheck() {
        scratch.createSheet("Blad1");
    }

    @Override
    public synchronized Optional<String> problemWith(String expression) {
        if (expression == null || expression.isBlank()) {
            return Optional.of("the expression is empty");
        }
        try {
            defineNames(expression);
            FormulaParser.parse(expression, XSSFEvaluationWorkbook.create(scratch), FormulaType.CELL, 0);
            return Optional.empty();
        } catch (FormulaParseException | IllegalArgumentException | IllegalStateException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The names an expression uses, e.g. {@code MIN(alfa, 1) + beta} → alfa, beta: function names and TRUE/FALSE are not names. */
    static Set<String> identifiers(String expression) {
        Set<String> ids = new java.util.LinkedHashSet<>();
        Matcher m = IDENTIFIER.matcher(expression);
        while (m.find()) {
            if (!LOGICAL.contains(m.group().toLowerCase(Locale.ROOT))) {
                ids.add(m.group());
            }
        }
        return ids;
    }

    private void defineNames(String expression) {
        for (String id : identifiers(expression)) {
            if (scratch.getName(id) != null) {
                continue;
            }
            XSSFName name = scratch.createName();
            try {
                name.setNameName(id);
                name.setRefersToFormula("Blad1!$A$1");
            } catch (IllegalArgumentException e) {
                // not a valid name (a cell reference such as "ab12"): the parser will say so
                scratch.removeName(name);
            }
        }
    }

    /** A structure loader whose expressions must parse in EvalEx and in the spreadsheet's own formula parser. */
    public static goalbook.goals.StructureLoader structureLoader() {
        return new goalbook.goals.StructureLoader(new PoiFormulaCheck());
    }
}
