package goalbook.evaluation;

import java.util.List;

/**
 * Everything the server concludes about one submission: all problems at once, a result per goal
 * of the structure (NOT_DUE for those not reported this quarter) and the composite indices.
 */
public record Report(
        String structure,
        String structureRevision,
        String period,
        String region,
        List<Problem> problems,
        List<GoalResult> goals,
        List<IndexResult> indices) {

    public Report {
        problems = List.copyOf(problems);
        goals = List.copyOf(goals);
        indices = List.copyOf(indices);
    }

    /** Valid when no problem is an ERROR; warnings do not count. */
    public boolean valid() {
        return problems.stream().noneMatch(p -> p.severity() == Severity.ERROR);
    }
}
