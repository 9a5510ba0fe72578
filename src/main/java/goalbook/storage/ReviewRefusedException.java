package goalbook.storage;

/** A review decision that the rules do not allow now; {@link #reason()} says which rule. */
public final class ReviewRefusedException extends RuntimeException {

    public enum Reason {
        /** The region has no version to review. */
        NO_VERSION,
        /** The decision names a version that is no longer the latest. */
        STALE_VERSION,
        /** Accepting a version that was returned needs a newer version or an override with a reason. */
        RETURNED_VERSION,
        /** Accepting a version with errors needs an override with a reason. */
        INVALID_VERSION
    }

    private final Reason reason;
    private final int latestVersion;

    ReviewRefusedException(Reason reason, int latestVersion) {
        super(reason + " (latest version " + latestVersion + ")", null, false, false);
        this.reason = reason;
        this.latestVersion = latestVersion;
    }

    public Reason reason() {
        return reason;
    }

    /** The region's latest version; 0 when it has none. */
    public int latestVersion() {
        return latestVersion;
    }
}
