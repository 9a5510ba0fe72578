package goalbook;

import goalbook.access.Role;
import goalbook.access.TokensFile;
import goalbook.goals.StructureException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Entry point: {@code java -jar goalbook.jar} serves; {@code check FILE} and {@code issue-token} are tools. */
@Command(name = "goalbook", mixinStandardHelpOptions = true, subcommands = {App.Check.class, App.IssueToken.class},
        description = "Collects, checks and consolidates quarterly goal reports that live in Excel.")
public final class App implements Callable<Integer> {

    public static void main(String[] args) {
        int code = new CommandLine(new App()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** No subcommand: start the server with settings from the environment (demo mode without a tokens file). */
    @Override
    public Integer call() {
        Server.start(Config.fromEnvironment(System.getenv()));
        return 0;
    }

    @Command(name = "check", description = "Checks goal-structure files and lists every problem with file, path and reason.")
    static final class Check implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "structure YAML files")
        Path[] files;

        @Override
        public Integer call() {
            int bad = 0;
            for (Path f : files) {
                try {
                    var s = Wiring.structureLoader().load(f);
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

    @Command(name = "issue-token", description = "Issues a new token, prints it once and stores only its hash in the tokens file.")
    static final class IssueToken implements Callable<Integer> {
        @Option(names = "--file", description = "tokens file (default: $GOALBOOK_TOKENS_FILE)")
        Path file;
        @Option(names = "--role", required = true, description = "REGION, CONTROLLER or BOARD")
        Role role;
        @Option(names = "--region", description = "region id, for REGION")
        String region;
        @Option(names = "--label", defaultValue = "token", description = "who holds it (stored, never the token)")
        String label;

        @Override
        public Integer call() throws Exception {
            Path target = file != null ? file : Path.of(System.getenv().getOrDefault("GOALBOOK_TOKENS_FILE", "tokens.txt"));
            if ((role == Role.REGION) != (region != null)) {
                System.err.println("--region is required for REGION and only for REGION");
                return 2;
            }
            System.out.println(TokensFile.issue(target, role, region, label));
            return 0;
        }
    }
}
