package goalbook.storage;

/** A stored report that does not fit its schema, e.g. "stored report (schema 1): unknown property 'vaule' at goals[2]". */
public final class StoredReportException extends IllegalStateException {
    StoredReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
