package goalbook.storage;

/** One more version would pass the region's budget for the quarter; nothing was stored. */
public final class BudgetExceededException extends RuntimeException {
    private final transient BudgetUse use;
    private final long newBytes;

    public BudgetExceededException(BudgetUse use, long newBytes) {
        super(use.region() + " has stored " + use.versions() + " versions, " + use.bytes() + " bytes, for " + use.period(), null, false, false);
        this.use = use;
        this.newBytes = newBytes;
    }

    public BudgetUse use() {
        return use;
    }

    /** Whether it is the number of versions that is used up (else the bytes). */
    public boolean versionsUsedUp() {
        return use.versions() >= use.budget().versions();
    }

    /** The bytes of the version that did not fit. */
    public long newBytes() {
        return newBytes;
    }
}
