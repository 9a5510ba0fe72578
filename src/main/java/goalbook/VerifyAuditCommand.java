package goalbook;

import goalbook.storage.AuditLog;
import goalbook.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code verify-audit}: checks the audit log's hash chain; exit 1 names the first entry that does not fit. */
@Command(name = "verify-audit", description = "Checks the audit log's hash chain; exits 1 when an entry was changed or removed.")
final class VerifyAuditCommand implements Callable<Integer> {
    @Option(names = "--db", paramLabel = "JDBC_URL", description = "database (default: $GOALBOOK_DB_URL, else $GOALBOOK_DATA/goalbook.db)")
    String db;

    @Override
    public Integer call() {
        String url = ToolDatabase.databaseUrl(db);
        if (ToolDatabase.missingSqliteFile(url)) {
            return 2;
        }
        try (Database database = ToolDatabase.open(url)) {
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
