package goalbook.cli;

import goalbook.storage.Backup;
import goalbook.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code backup --to FILE}: a consistent copy of the database while the server runs (SQLite {@code VACUUM INTO});
 * for PostgreSQL it prints the {@code pg_dump} command to run instead and exits 2.
 */
@Command(name = "backup", description = "Writes a consistent copy of the database (SQLite VACUUM INTO) while the server runs.")
public final class BackupCommand implements Callable<Integer> {
    @Option(names = "--to", required = true, paramLabel = "FILE", description = "the copy to write; must not exist yet")
    Path to;
    @Mixin
    DatabaseOption dbOption;

    @Override
    public Integer call() {
        String url = dbOption.url();
        if (dbOption.missingSqliteFile()) {
            return 2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            // pg_dump takes a consistent snapshot while every instance keeps writing; copying files would not
            System.err.println("backup writes SQLite copies only; back up PostgreSQL with pg_dump (restore with pg_restore):");
            System.err.println("  " + Backup.pgDumpCommand(url, dbOption.user(), to));
            return 2;
        }
        if (Files.exists(to)) {
            System.err.println("refusing to overwrite " + to + ": choose a new file name");
            return 2;
        }
        try (Database database = dbOption.open()) {
            long size = Backup.write(database, to);
            System.out.printf("Backup written: %s (%d bytes) from %s%n", to.toAbsolutePath().normalize(), size, url);
            return 0;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
    }
}
