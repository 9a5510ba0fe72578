package goalbook.submissions;

import goalbook.storage.StoredReport;
import goalbook.evaluation.GoalResult;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * What changed from one stored version to another: inputs whose value differs (numerically, so 0.80
 * and 0.8 are the same), goals whose verdict differs, and goals whose comment differs.
 */
public record VersionDiff(int from, int to, List<InputChange> inputs, List<VerdictChange> verdicts, List<CommentChange> comments) {

    public record InputChange(String measure, BigDecimal before, BigDecimal after) {}

    public record VerdictChange(String goalId, int goalNumber, String before, String after, String beforeText, String afterText) {}

    public record CommentChange(String goalId, int goalNumber, String before, String after) {}

    public static VersionDiff between(int from, StoredReport a, int to, StoredReport b) {
        List<InputChange> inputs = new ArrayList<>();
        TreeSet<String> measures = new TreeSet<>(a.inputs().keySet());
        measures.addAll(b.inputs().keySet());
        for (String m : measures) {
            BigDecimal x = a.inputs().get(m);
            BigDecimal y = b.inputs().get(m);
            if (!sameNumber(x, y)) {
                inputs.add(new InputChange(m, x, y));
            }
        }
        List<VerdictChange> verdicts = new ArrayList<>();
        List<CommentChange> comments = new ArrayList<>();
        Map<String, GoalResult> before = new java.util.HashMap<>();
        a.report().goals().forEach(g -> before.put(g.id(), g));
        for (GoalResult g : b.report().goals()) {
            GoalResult old = before.get(g.id());
            if (old == null) {
                continue;
            }
            if (old.status() != g.status()) {
                verdicts.add(new VerdictChange(g.id(), g.number(), old.status().name(), g.status().name(), old.status().label(), g.status().label()));
            }
            if (!Objects.equals(blankToNull(old.comment()), blankToNull(g.comment()))) {
                comments.add(new CommentChange(g.id(), g.number(), blankToNull(old.comment()), blankToNull(g.comment())));
            }
        }
        return new VersionDiff(from, to, inputs, verdicts, comments);
    }

    private static boolean sameNumber(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
