package goalbook.workbook.upload;

import goalbook.workbook.SwedishNumber;
import goalbook.workbook.intake.OoxmlText;
import goalbook.evaluation.Problem;
import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads one input cell as the region wrote it and Excel shows it: a number (its XML text, e.g. "1200"),
 * Swedish text such as "1 200", or a formula's value as Excel last saved it; otherwise a Swedish problem
 * naming the cell and the measure, e.g. "Cell Inrapportering!C14 (Unika kunder): ”abc” är inte ett tal."
 * A formula is never evaluated: one with no saved value (a file written by a script) is a problem.
 */
final class CellReading {

    static final String FORMULA_WITHOUT_VALUE = "formula_without_value";
    static final String EXTERNAL_FORMULA = "external_formula";
    /** How Excel writes a reference to another workbook in a formula: {@code [1]Blad1!A1}. */
    private static final Pattern EXTERNAL = Pattern.compile("\\[\\d+\\]");

    /** A value, a problem, or neither (blank). */
    record Outcome(BigDecimal value, Problem problem) {}

    private CellReading() {}

    /** The cell's value; an amount with decimals rounded to whole kronor with a warning ({@link WholeKronor}). */
    static Outcome read(RawCell c, Measure m, String address) {
        return WholeKronor.round(readAsWritten(c, m, address), m, address);
    }

    private static Outcome readAsWritten(RawCell c, Measure m, String address) {
        if (c == null) {
            return new Outcome(null, null);
        }
        if (c.formula() != null) {
            return formula(c, m, address);
        }
        return switch (c.type()) {
            case "s", "str" -> text(OoxmlText.decode(c.value() == null ? "" : c.value()), m, address);
            case "inlineStr" -> text(inline(c), m, address);
            case "b" -> notANumber(m, address, "”" + ("1".equals(c.value()) ? "SANT" : "FALSKT") + "” är inte ett tal.");
            case "e" -> notANumber(m, address, "cellen innehåller felvärdet " + error(c.value()) + ".");
            default -> c.value() == null ? new Outcome(null, null) : number(c.value(), m, address);
        };
    }

    private static Outcome formula(RawCell c, Measure m, String address) {
        String formula = c.formula();
        if (external(formula)) {
            return externalFormula(m, address, formula);
        }
        String v = c.type().equals("inlineStr") ? inline(c) : c.value();
        if (v == null || v.isEmpty() && !c.type().equals("str") && !c.type().equals("s") && !c.type().equals("inlineStr")) {
            return withoutValue(m, address, formula);
        }
        return switch (c.type()) {
            case "s", "str", "inlineStr" -> text(OoxmlText.decode(v), m, address);
            case "b" -> booleanFormula(m, address, formula);
            case "e" -> errorFormula(m, address, formula, error(v));
            default -> number(v, m, address);
        };
    }

    static Outcome externalFormula(Measure m, String address, String formula) {
        return new Outcome(null, Problem.error(EXTERNAL_FORMULA, m.id(), address, prefix(m, address)
                + "formeln =" + formula + " hämtar värdet från en annan arbetsbok, som Goalbook inte kan läsa. "
                + "Skriv in själva värdet i cellen och skicka in igen."));
    }

    static Outcome withoutValue(Measure m, String address, String formula) {
        return new Outcome(null, Problem.error(FORMULA_WITHOUT_VALUE, m.id(), address, prefix(m, address)
                + "formeln =" + formula + " har inget sparat värde, eftersom filen har sparats av ett program som inte "
                + "räknar ut formler. Öppna den i Excel och spara igen, eller skriv in värdet i cellen."));
    }

    static Outcome booleanFormula(Measure m, String address, String formula) {
        return notANumber(m, address, "formeln =" + formula + " ger ett sanningsvärde, inte ett tal.");
    }

    static Outcome errorFormula(Measure m, String address, String formula, String error) {
        return notANumber(m, address, "formeln =" + formula + " ger felvärdet " + error + ".");
    }

    /** Whether the formula reads another workbook, outside its string literals. */
    static boolean external(String formula) {
        return EXTERNAL.matcher(formula.replaceAll("\"([^\"]|\"\")*\"", "\"\"")).find();
    }

    private static String inline(RawCell c) {
        return OoxmlText.decode(c.inline() != null ? c.inline() : c.value() != null ? c.value() : "");
    }

    /** An error value as written, e.g. "#DIV/0!"; a cell marked as an error without one is #NULL!. */
    static String error(String v) {
        return v == null ? "#NULL!" : v;
    }

    /** The number exactly as stored in the file, e.g. "0.1" rather than the double's binary expansion. */
    private static Outcome number(String v, Measure m, String address) {
        BigDecimal n = xmlNumber(v);
        return n != null ? new Outcome(n, null) : notANumber(m, address, "”" + v.strip() + "” är inte ett tal.");
    }

    /** "1200" → 1200, "" → 0.0 (as Excel reads an empty value), "1e3" → 1E+3; null when not a finite number. */
    static BigDecimal xmlNumber(String v) {
        if (v.isEmpty()) {
            return BigDecimal.valueOf(0.0);
        }
        try {
            return new BigDecimal(v.strip());
        } catch (NumberFormatException e) {
            try {
                double d = Double.parseDouble(v);
                return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
            } catch (NumberFormatException notEither) {
                return null;
            }
        }
    }

    static Outcome text(String raw, Measure m, String address) {
        SwedishNumber.Parsed p = SwedishNumber.parse(raw, m.unit());
        if (p.problem() == null) {
            return new Outcome(p.value(), null);
        }
        String shown = "”" + raw.strip() + "”";
        if (p.problem().equals(SwedishNumber.AMBIGUOUS)) {
            return new Outcome(null, Problem.error(SwedishNumber.AMBIGUOUS, m.id(), address, prefix(m, address) + shown
                    + " kan läsas både som ett decimaltal och som ett tal med tusentalsavgränsare. Skriv talet utan avgränsare "
                    + "(t.ex. 1200) eller med decimalkomma (t.ex. 1,2)."));
        }
        return notANumber(m, address, shown + " är inte ett tal.");
    }

    static Outcome notANumber(Measure m, String address, String what) {
        return new Outcome(null, Problem.error(SwedishNumber.NOT_A_NUMBER, m.id(), address, prefix(m, address) + what
                + " Skriv ett tal" + (m.unit() == Unit.SEK ? " i hela kronor" : "") + ", t.ex. 1200."));
    }

    static String prefix(Measure m, String address) {
        return "Cell " + address + " (" + m.label() + "): ";
    }
}
