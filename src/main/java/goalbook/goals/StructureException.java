package goalbook.goals;

import java.util.List;
import java.util.stream.Collectors;

/** A structure file that cannot be used; the message lists every problem found, one per line. */
public final class StructureException extends RuntimeException {
    private final transient List<StructureProblem> problems;

    public StructureException(List<StructureProblem> problems) {
        super(problems.size() + " problem(s) in goal structure:\n"
                + problems.stream().map(StructureProblem::toString).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<StructureProblem> problems() {
        return problems;
    }
}
