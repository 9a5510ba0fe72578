package goalbook.storage;

/**
 * How much one region may store for one quarter: versions, and bytes (the uploads, their annotated
 * copies and reports together). Without a bound, one region's token filled the database with 17
 * versions of 8.6 MB each, and every version costs storage for good (versions are never removed).
 *
 * @param versions versions per region and quarter
 * @param bytes    stored bytes per region and quarter
 */
public record QuarterBudget(int versions, long bytes) {
    static final long MEGABYTE = 1024L * 1024;

    /**
     * A region sends one to five versions of a 20 KB workbook in a usual quarter: 50 versions and 100 MB
     * are far above any honest need (ten versions of the largest upload allowed, 10 MB, still fit), while a
     * runaway script stops within minutes and costs at most 100 MB per region and quarter.
     */
    public static final QuarterBudget DEFAULT = new QuarterBudget(50, 100 * MEGABYTE);

    public QuarterBudget {
        if (versions < 1 || bytes < MEGABYTE) {
            throw new IllegalArgumentException("a quarter's budget is at least 1 version and 1 MB: " + versions + ", " + bytes);
        }
    }

    public static QuarterBudget of(int versions, int megabytes) {
        return new QuarterBudget(versions, megabytes * MEGABYTE);
    }

    public int megabytes() {
        return (int) Math.min(Integer.MAX_VALUE, bytes / MEGABYTE);
    }
}
