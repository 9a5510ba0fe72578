package goalbook.evaluation;

import com.ezylang.evalex.EvaluationException;
import com.ezylang.evalex.data.EvaluationValue;
import com.ezylang.evalex.parser.ASTNode;
import com.ezylang.evalex.parser.ParseException;
import com.ezylang.evalex.parser.Token;
import goalbook.goals.Expression;
import goalbook.goals.Formulas;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Computes a metric from measure values in decimal arithmetic, e.g. {@code kundtid_timmar /
 * total_tid_timmar} over {@code {kundtid_timmar=7996, total_tid_timmar=10000}} gives 0.7996.
 * Evaluates with EvalEx and {@link Formulas#CONFIG} (34 significant digits), the same text Excel
 * evaluates in the template.
 */
public final class MetricCalculator {

    /**
     * The outcome of one computation: a value, or why there is none.
     *
     * @param value            the unrounded result, or null
     * @param missing          measures the expression needs that have no value, in order of use
     * @param zeroDenominators measures in a denominator that evaluated to zero, in order of use
     *                         (all measures of that denominator, e.g. the three NPS counts)
     */
    public record Calculation(BigDecimal value, List<String> missing, List<String> zeroDenominators) {
        public Calculation {
            missing = List.copyOf(missing);
            zeroDenominators = List.copyOf(zeroDenominators);
        }

        public boolean hasValue() {
            return value != null;
        }

        public boolean zeroDenominator() {
            return value == null && missing.isEmpty();
        }
    }

    /** The value, or empty when an input is missing or a denominator is zero. */
    public Optional<BigDecimal> evaluate(Expression expression, Map<String, BigDecimal> values) {
        return Optional.ofNullable(calculate(expression, values).value());
    }

    /** The value, or the missing measures, or the measures of the denominator that is zero. */
    public Calculation calculate(Expression expression, Map<String, BigDecimal> values) {
        List<String> missing = new ArrayList<>();
        for (String id : expression.measures()) {
            if (values.get(id) == null) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            return new Calculation(null, missing, List.of());
        }
        com.ezylang.evalex.Expression e = bind(expression, values);
        try {
            EvaluationValue result = e.evaluate();
            return new Calculation(number(result, expression), List.of(), List.of());
        } catch (EvaluationException ex) {
            // EvalEx refuses x / 0 with an exception; find which denominator it was, to name its cell.
            List<String> zero = zeroDenominators(e, expression);
            if (zero.isEmpty()) {
                throw new IllegalStateException("cannot evaluate '" + expression.text() + "': " + ex.getMessage(), ex);
            }
            return new Calculation(null, List.of(), zero);
        } catch (ParseException ex) {
            throw new IllegalStateException("cannot parse '" + expression.text() + "': " + ex.getMessage(), ex);
        }
    }

    private static com.ezylang.evalex.Expression bind(Expression expression, Map<String, BigDecimal> values) {
        com.ezylang.evalex.Expression e = new com.ezylang.evalex.Expression(expression.text(), Formulas.CONFIG);
        for (String id : expression.measures()) {
            e.with(id, values.get(id));
        }
        return e;
    }

    private static BigDecimal number(EvaluationValue v, Expression expression) {
        if (v.isBooleanValue()) {
            return v.getBooleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        if (!v.isNumberValue()) {
            throw new IllegalStateException("expression '" + expression.text() + "' did not give a number but " + v);
        }
        return v.getNumberValue();
    }

    /** Measures of every {@code /} whose right-hand side evaluates to zero, left to right as written. */
    private static List<String> zeroDenominators(com.ezylang.evalex.Expression e, Expression expression) {
        Set<String> found = new LinkedHashSet<>();
        try {
            collect(e, e.getAbstractSyntaxTree(), found);
        } catch (ParseException ex) {
            throw new IllegalStateException("cannot parse '" + expression.text() + "': " + ex.getMessage(), ex);
        }
        return List.copyOf(found);
    }

    private static void collect(com.ezylang.evalex.Expression e, ASTNode node, Set<String> found) {
        List<ASTNode> params = node.getParameters();
        if (node.getToken().getType() == Token.TokenType.INFIX_OPERATOR && "/".equals(node.getToken().getValue()) && params.size() == 2) {
            ASTNode denominator = params.get(1);
            if (isZero(e, denominator)) {
                Set<String> ids = new LinkedHashSet<>();
                variables(denominator, ids);
                found.addAll(ids.stream().map(String::toLowerCase).toList());
            }
        }
        for (ASTNode p : params) {
            collect(e, p, found);
        }
    }

    private static boolean isZero(com.ezylang.evalex.Expression e, ASTNode node) {
        try {
            EvaluationValue v = e.evaluateSubtree(node);
            return v.isNumberValue() && v.getNumberValue().signum() == 0;
        } catch (EvaluationException ex) {
            return false; // a zero deeper inside; collect() finds it on the way down
        }
    }

    private static void variables(ASTNode node, Set<String> ids) {
        if (node.getToken().getType() == Token.TokenType.VARIABLE_OR_CONSTANT) {
            ids.add(node.getToken().getValue());
        }
        for (ASTNode p : node.getParameters()) {
            variables(p, ids);
        }
    }
}
