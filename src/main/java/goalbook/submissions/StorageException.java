package goalbook.submissions;

/** The database failed, e.g. "write failed on jdbc:sqlite:data/goalbook.db: [SQLITE_FULL] ...". */
public final class StorageException extends RuntimeException {
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
