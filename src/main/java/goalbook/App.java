package goalbook;

import goalbook.cli.BackupCommand;
import goalbook.cli.CheckCommand;
import goalbook.cli.FetchReferenceCommand;
import goalbook.cli.IssueTokenCommand;
import goalbook.cli.VerifyAuditCommand;
import goalbook.cli.BackupCommand;
import goalbook.cli.CheckCommand;
import goalbook.cli.FetchReferenceCommand;
import goalbook.cli.IssueTokenCommand;
import goalbook.cli.VerifyAuditCommand;
import goalbook.goals.StructureException;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point: {@code java -jar goalbook.jar} serves; {@code check FILE}, {@code issue-token},
 * {@code verify-audit} and {@code backup --to FILE} are tools.
 */
@Command(name = "goalbook", mixinStandardHelpOptions = true, subcommands = {CheckCommand.class, IssueTokenCommand.class, VerifyAuditCommand.class, BackupCommand.class, FetchReferenceCommand.class},
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
        try {
            Server.start(Config.fromEnvironment(System.getenv()));
            return 0;
        } catch (StructureException e) {
            // A broken structure file stops the server before it takes a single upload.
            System.err.println("Goalbook did not start: " + e.getMessage());
            return 1;
        }
    }
}
