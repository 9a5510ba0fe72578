package goalbook.reference;

import java.util.List;

/**
 * Reference data that cannot be accepted, with every problem at once, each naming its field, e.g.
 * "regions.nord.plan_utbetalda_lan.Q2: must be a number, got \"många\"" with its Swedish sentence.
 */
public final class ReferenceDataException extends RuntimeException {

    private final List<ReferenceProblem> problems;

    public ReferenceDataException(List<ReferenceProblem> problems) {
        super("invalid reference data: " + String.join("; ", problems.stream().map(ReferenceProblem::english).toList()));
        this.problems = List.copyOf(problems);
    }

    /** Every problem in document order (reading order of the cells for a workbook). */
    public List<ReferenceProblem> problems() {
        return problems;
    }

    /** The English errors, one per bad field, in document order, e.g. "group.okand: unknown measure ...". */
    public List<String> errors() {
        return problems.stream().map(ReferenceProblem::english).toList();
    }
}
