package goalbook.workbook.template;

import goalbook.workbook.TemplateLayout;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template's live formulas: a part's metric, e.g. {@code kostnader / insatser_totalt}, with
 * reference ids renamed to {@code gb_ref_<id>}, and the status formula that previews the server's
 * verdict with the precedence MISSING, NO_TARGET, then MET / NOT_MET.
 */
final class GoalFormulas {

    private static final Pattern IDENTIFIER = Pattern.compile("(?<![0-9.])[A-Za-z_][A-Za-z0-9_]*");

    private GoalFormulas() {}

    /** The metric text with each reference measure id (a whole token, not a function call) replaced by its name. */
    static String metric(String expression, GoalStructure s) {
        Matcher m = IDENTIFIER.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String id = m.group();
            Measure measure = s.measures().get(id);
            boolean isCall = expression.substring(m.end()).stripLeading().startsWith("(");
            String replacement = measure != null && !measure.enteredByRegion() && !isCall ? TemplateLayout.ref(id) : id;
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The part's metric cell formula: {@code IF(COUNT(a,b)<2,"",a / b)}, so the cell stays empty
     * (not "0 kr") until every measure it needs holds a number; the metric itself is {@link #metric} verbatim.
     */
    static String guardedMetric(GoalPart part, GoalStructure s) {
        List<String> names = new ArrayList<>();
        for (String id : new LinkedHashSet<>(part.metric().measures())) {
            names.add(s.measure(id).enteredByRegion() ? id : TemplateLayout.ref(id));
        }
        String metric = metric(part.metric().text(), s);
        return names.isEmpty() ? metric : "IF(" + notAllNumbers(names) + ",\"\"," + metric + ")";
    }

    /** Status of one part; {@code metricName} is the defined name of its metric cell. */
    static String partStatus(GoalPart part, GoalStructure s, String metricName) {
        List<String> inputs = new ArrayList<>();
        Set<String> refs = new LinkedHashSet<>();
        for (String id : part.metric().measures()) {
            if (s.measure(id).enteredByRegion()) {
                inputs.add(id);
            } else {
                refs.add(TemplateLayout.ref(id));
            }
        }
        part.target().references().forEach(id -> refs.add(TemplateLayout.ref(id)));
        String verdict = part.target() instanceof TargetRule.NoTarget ? q(TemplateLayout.NO_TARGET)
                : "IF(" + condition(part.target(), "ROUND(" + metricName + ",10)") + "," + q(TemplateLayout.MET) + "," + q(TemplateLayout.NOT_MET) + ")";
        String f = "IF(NOT(ISNUMBER(" + metricName + "))," + q(TemplateLayout.MISSING) + "," + verdict + ")";
        if (!refs.isEmpty()) {
            f = "IF(" + notAllNumbers(List.copyOf(refs)) + "," + q(TemplateLayout.NO_TARGET) + "," + f + ")";
        }
        if (!inputs.isEmpty()) {
            f = "IF(" + notAllNumbers(inputs) + "," + q(TemplateLayout.MISSING) + "," + f + ")";
        }
        return f;
    }

    /** A goal in parts: NOT_MET if any part is, else MISSING, else NO_TARGET, else MET. */
    static String combined(List<String> partCells) {
        return "IF(" + any(partCells, TemplateLayout.NOT_MET) + "," + q(TemplateLayout.NOT_MET)
                + ",IF(" + any(partCells, TemplateLayout.MISSING) + "," + q(TemplateLayout.MISSING)
                + ",IF(" + any(partCells, TemplateLayout.NO_TARGET) + "," + q(TemplateLayout.NO_TARGET)
                + "," + q(TemplateLayout.MET) + ")))";
    }

    private static String condition(TargetRule rule, String x) {
        if (rule instanceof TargetRule.AtLeast r) {
            return x + ">=" + level(r.level());
        }
        if (rule instanceof TargetRule.AtMost r) {
            return x + "<=" + level(r.level());
        }
        if (rule instanceof TargetRule.GreaterThan r) {
            return x + ">" + level(r.level());
        }
        if (rule instanceof TargetRule.Between r) {
            return "AND(" + x + ">=" + level(r.low()) + "," + x + "<=" + level(r.high()) + ")";
        }
        if (rule instanceof TargetRule.EqualTo r) {
            return x + "=" + level(r.level());
        }
        throw new IllegalArgumentException("no condition for " + rule);
    }

    private static String level(Threshold t) {
        return t.byReference() ? TemplateLayout.ref(t.reference()) : t.constant().toPlainString();
    }

    private static String notAllNumbers(List<String> names) {
        return "COUNT(" + String.join(",", names) + ")<" + names.size();
    }

    private static String any(List<String> cells, String label) {
        List<String> tests = cells.stream().map(c -> c + "=" + q(label)).toList();
        return "OR(" + String.join(",", tests) + ")";
    }

    private static String q(String text) {
        return "\"" + text + "\"";
    }
}
