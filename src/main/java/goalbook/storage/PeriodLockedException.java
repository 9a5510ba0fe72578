package goalbook.storage;

/** A submission for an approved period; the message says when and by whom it was approved. */
public final class PeriodLockedException extends RuntimeException {
    private final transient Approval approval;

    public PeriodLockedException(Approval approval) {
        super("period " + approval.period() + " was approved at " + approval.at() + " by " + approval.actor(), null, false, false);
        this.approval = approval;
    }

    public Approval approval() {
        return approval;
    }
}
