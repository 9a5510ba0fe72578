package goalbook.storage;

import java.io.IOException;
import java.sql.SQLException;

/** The database failed, e.g. "write failed on jdbc:sqlite:data/goalbook.db: [SQLITE_FULL] ...". */
public final class StorageException extends RuntimeException {
    /** SQLite's primary result codes for a database that cannot take a write. */
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_FULL = 13;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Did {@code t}, or one of its causes, fail because the database or the disk is full? */
    public static boolean isFull(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (c instanceof SQLException s && (s.getErrorCode() == SQLITE_FULL || m.contains("SQLITE_FULL"))
                    || c instanceof SQLException && m.contains("database or disk is full")
                    || c instanceof IOException && (m.contains("No space left on device") || m.contains("Disk quota exceeded"))) {
                return true;
            }
        }
        return false;
    }

    /** Did {@code t}, or one of its causes, fail because the database or its file system is read-only? */
    public static boolean isReadOnly(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            String m = String.valueOf(c.getMessage());
            if (c instanceof SQLException s && (s.getErrorCode() == SQLITE_READONLY || m.contains("SQLITE_READONLY"))
                    || c instanceof IOException && m.contains("Read-only file system")) {
                return true;
            }
        }
        return false;
    }
}
