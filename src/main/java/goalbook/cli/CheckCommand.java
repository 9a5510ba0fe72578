package goalbook.cli;

import goalbook.goals.StructureException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code check FILE...}: what a controller runs on an edited structure before deploying it; exit 1 when any file has a problem. */
@Command(name = "check", description = "Checks goal-structure files and lists every problem with file, path and reason.")
public final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "structure YAML files")
    Path[] files;

    @Override
    public Integer call() {
        int bad = 0;
        for (Path f : files) {
            try {
                var s = goalbook.workbook.template.PoiFormulaCheck.structureLoader().load(f);
                System.out.printf("OK  %s: %s (%d areas, %d goals, revision %s)%n", f, s.id(), s.areas().size(), s.goals().size(), s.revision());
            } catch (StructureException e) {
                bad++;
                System.out.println("FEL " + f);
                e.problems().forEach(p -> System.out.println("    " + p));
            }
        }
        return bad == 0 ? 0 : 1;
    }
}
