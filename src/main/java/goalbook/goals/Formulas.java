package goalbook.goals;

import com.ezylang.evalex.config.ExpressionConfiguration;
import com.ezylang.evalex.parser.ParseException;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one formula language: numbers, measure ids, {@code + - * /}, parentheses, comparisons and
 * the functions MIN, MAX and IF. It means the same in EvalEx and in Excel, so the same text is the
 * server's metric and the template's cell formula.
 */
public final class Formulas {

    /** 34 significant digits, as DOMAIN.md asks. */
    public static final ExpressionConfiguration CONFIG = ExpressionConfiguration.builder()
            .mathContext(MathContext.DECIMAL128)
            .build();

    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9_ .+\\-*/(),<>=]*");
    private static final Pattern FUNCTION = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)\\s*\\(");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Set<String> FUNCTIONS = Set.of("MIN", "MAX", "IF");

    private Formulas() {}

    /**
     * Parses {@code text}, e.g. {@code "kostnader / insatser_totalt"}.
     *
     * @throws IllegalArgumentException naming what is not allowed or cannot be parsed
     */
    public static Expression parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("expression is empty");
        }
        if (!ALLOWED.matcher(text).matches()) {
            throw new IllegalArgumentException("expression '" + text + "' uses characters outside + - * / ( ) , < > = and names");
        }
        if (text.contains("==")) {
            throw new IllegalArgumentException("expression '" + text + "' uses '==', write '=' (it must mean the same in Excel)");
        }
        Matcher f = FUNCTION.matcher(text);
        while (f.find()) {
            if (!FUNCTIONS.contains(f.group(1))) {
                throw new IllegalArgumentException("expression '" + text + "' calls " + f.group(1) + "(); only MIN, MAX and IF are allowed");
            }
        }
        try {
            new com.ezylang.evalex.Expression(text, CONFIG).validate();
        } catch (ParseException e) {
            throw new IllegalArgumentException("expression '" + text + "' cannot be parsed: " + e.getMessage(), e);
        }
        return new Expression(text, identifiers(text));
    }

    /** Identifiers in order of first use, functions excluded, e.g. {@code [kostnader, insatser_totalt]}. */
    private static List<String> identifiers(String text) {
        List<String> ids = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(text);
        while (m.find()) {
            String id = m.group();
            int after = m.end();
            while (after < text.length() && text.charAt(after) == ' ') {
                after++;
            }
            boolean isCall = after < text.length() && text.charAt(after) == '(';
            boolean isNumberPart = m.start() > 0 && Character.isDigit(text.charAt(m.start() - 1));
            if (!isCall && !isNumberPart && !ids.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }
}
