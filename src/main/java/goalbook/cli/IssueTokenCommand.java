package goalbook.cli;

import goalbook.access.Role;
import goalbook.access.TokensFile;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code issue-token --role R [--region X]}: prints a new token once and appends only its hash to the tokens file. */
@Command(name = "issue-token", description = "Issues a new token, prints it once and stores only its hash in the tokens file.")
public final class IssueTokenCommand implements Callable<Integer> {
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
        TokensFile.Issued issued = TokensFile.issueWithId(target, role, region, label);
        System.out.println(issued.token());
        System.err.println("id " + issued.id() + " (in the audit log; the label \"" + label + "\" is for display only)");
        return 0;
    }
}
