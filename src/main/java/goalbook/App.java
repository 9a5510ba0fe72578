package goalbook;

import goalbook.access.Role;
import goalbook.access.TokensFile;
import goalbook.goals.StructureException;
import goalbook.submissions.AuditLog;
import goalbook.submissions.Backup;
import goalbook.submissions.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Entry point: {@code java -jar goalbook.jar} serves; {@code check FILE}, {@code issue-token},
 * {@code verify-audit} and {@code backup --to FILE} are tools.
 */
@Command(name = "goalbook", mixinStandardHelpOptions = true, subcommands = {App.Check.class, App.IssueToken.class, App.VerifyAudit.class, App.BackupCommand.class},
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

    /** The database a tool works on: {@code --db}, else the server's own ({@code GOALBOOK_DB_URL} or {@code GOALBOOK_DATA}). */
    static String databaseUrl(String option) {
        return option != null ? option : Config.fromEnvironment(System.getenv()).dbUrl();
    }

    /** Tools never create a database: opening a mistyped path would otherwise make an empty one and report it as fine. */
    static boolean missingSqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return false;
        }
        String file = url.substring("jdbc:sqlite:".length());
        int query = file.indexOf('?');
        file = query >= 0 ? file.substring(0, query) : file;
        if (file.isEmpty() || file.equals(":memory:") || file.startsWith("file:")) {
            return false;
        }
        if (!Files.isRegularFile(Path.of(file))) {
            System.err.println("no database at " + file + " (set GOALBOOK_DATA, GOALBOOK_DB_URL or --db)");
            return true;
        }
        return false;
    }

    @Command(name = "verify-audit", description = "Checks the audit log's hash chain; exits 1 when an entry was changed or removed.")
    static final class VerifyAudit implements Callable<Integer> {
        @Option(names = "--db", paramLabel = "JDBC_URL", description = "database (default: $GOALBOOK_DB_URL, else $GOALBOOK_DATA/goalbook.db)")
        String db;

        @Override
        public Integer call() {
            String url = databaseUrl(db);
            if (missingSqliteFile(url)) {
                return 2;
            }
            try (Database database = Database.open(url)) {
                AuditLog.Verification v = new AuditLog(database, java.time.Clock.systemUTC()).verify();
                if (v.intact()) {
                    System.out.printf("Audit log intact: %d entries (%s)%n", v.entries(), url);
                    return 0;
                }
                System.out.printf("Audit log BROKEN at entry %d: the %d entries before it fit the chain, it and every later entry cannot be trusted (%s)%n",
                        v.firstBrokenSeq().orElseThrow(), v.entries(), url);
                return 1;
            }
        }
    }

    @Command(name = "backup", description = "Writes a consistent copy of the database (SQLite VACUUM INTO) while the server runs.")
    static final class BackupCommand implements Callable<Integer> {
        @Option(names = "--to", required = true, paramLabel = "FILE", description = "the copy to write; must not exist yet")
        Path to;
        @Option(names = "--db", paramLabel = "JDBC_URL", description = "database (default: $GOALBOOK_DB_URL, else $GOALBOOK_DATA/goalbook.db)")
        String db;

        @Override
        public Integer call() {
            String url = databaseUrl(db);
            if (missingSqliteFile(url)) {
                return 2;
            }
            if (Files.exists(to)) {
                System.err.println("refusing to overwrite " + to + ": choose a new file name");
                return 2;
            }
            try (Database database = Database.open(url)) {
                long size = Backup.write(database, to);
                System.out.printf("Backup written: %s (%d bytes) from %s%n", to.toAbsolutePath().normalize(), size, url);
                return 0;
            } catch (IllegalArgumentException e) {
                System.err.println(e.getMessage());
                return 2;
            }
        }
    }
}
