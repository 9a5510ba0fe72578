package goalbook.cli;

import goalbook.storage.AuditLog;
import goalbook.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code verify-audit}: checks the audit log's hash chain; exit 1 names the first entry that does not fit. */
@Command(name = "verify-audit", description = "Checks the audit log's hash chain; exits 1 when an entry was changed or removed.")
public final class VerifyAuditCommand implements Callable<Integer> {
    @Mixin
    DatabaseOption dbOption;

    @Override
    public Integer call() {
        String url = dbOption.url();
        if (dbOption.missingSqliteFile()) {
            return 2;
        }
        try (Database database = dbOption.open()) {
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
