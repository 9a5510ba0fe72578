package goalbook.workbook.upload;

import goalbook.workbook.PlainSheet;
import goalbook.workbook.MarkKind;
import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.IndexResult;
import goalbook.evaluation.Report;
import goalbook.goals.CompositeIndex;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Unit;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The sheet {@code Index}: per composite index a bold row (name, value as a number, note), then its parts.
 * A weighted index lists its sub-indices with weight and the calculation in words, e.g. "Delindex kvinnor |
 * 118,2 | 1 | 100 × (Kunder kvinnor / Unika kunder) / Jämförelsegruppens andel kvinnor"; Måluppfyllelse
 * lists each goal due with its status and whether it counts.
 */
final class IndexSheet {
    static final String NAME = "Index";
    private static final int[] WIDTHS = {56, 16, 10, 80};
    private static final Pattern NAME_IN_FORMULA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private IndexSheet() {}

    static void write(XSSFWorkbook wb, GoalStructure s, Report report, String regionName) {
        PlainSheet out = new PlainSheet(wb, NAME, WIDTHS);
        int last = out.lastColumn();
        out.merged(0, 0, last, "Index – " + Verdict.place(regionName, report.period()), out.title);
        boolean anyAttainment = report.indices().stream().anyMatch(i -> attainment(s, i));
        out.merged(1, 0, last, "Sammansatta index" + (anyAttainment ? " och måluppfyllelse" : "")
                + ", beräknade av Goalbook när arbetsboken skickades in."
                + (anyAttainment ? " Måluppfyllelse = 100 × uppfyllda mål / bedömda mål." : ""), out.text);
        int r = 3;
        if (report.indices().isEmpty()) {
            out.merged(r, 0, last, "Inga index beräknade.", out.text);
        }
        for (IndexResult index : report.indices()) {
            boolean attainment = attainment(s, index);
            out.header(r, index.name(), null, "", index.note() == null ? "" : index.note());
            out.headerNumber(r++, 1, index.value(), Unit.INDEX);
            if (!index.components().isEmpty()) {
                if (attainment) {
                    out.header(r++, "Mål", "Status", "Räknas", "");
                } else {
                    out.header(r++, "Delindex", "Värde", "Vikt", "Beräkning");
                }
                for (IndexResult.Component c : index.components()) {
                    out.text(r, 0, c.name());
                    if (attainment) {
                        GoalStatus status = status(c.formula());
                        out.text(r, 1, c.formula(), status == null ? out.text : out.filled(MarkKind.of(status)));
                        out.text(r, 2, c.weight() != null && c.weight().signum() > 0 ? "ja" : "nej");
                    } else {
                        out.number(r, 1, c.value(), Unit.INDEX);
                        out.integer(r, 2, c.weight());
                        out.text(r, 3, inWords(c.formula(), s));
                    }
                    r++;
                }
            }
            r++;
        }
    }

    /** A formula with measure names instead of ids and × for *, e.g. "kunder_kvinnor / unika_kunder" → "Kunder kvinnor / Unika kunder". */
    static String inWords(String formula, GoalStructure s) {
        if (formula == null) {
            return "";
        }
        Matcher m = NAME_IN_FORMULA.matcher(formula);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Measure measure = s.measures().get(m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(measure == null || measure.label() == null ? m.group() : measure.label()));
        }
        m.appendTail(out);
        return out.toString().replace("*", "×");
    }

    private static boolean attainment(GoalStructure s, IndexResult index) {
        String id = index.id().contains(":") ? index.id().substring(0, index.id().indexOf(':')) : index.id();
        return s.index(id).map(i -> i.kind() == CompositeIndex.Kind.ATTAINMENT).orElse(false);
    }

    private static GoalStatus status(String label) {
        return Arrays.stream(GoalStatus.values()).filter(g -> g.label().equals(label)).findFirst().orElse(null);
    }
}
