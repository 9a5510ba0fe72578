package goalbook.workbook.intake;

/**
 * Hard limits an upload must stay within before POI sees it, e.g. {@link #DEFAULT}: at most 10 MiB on
 * the wire, 2 000 zip entries, 100 MiB inflated, an inflate ratio of 100 and XML nested 64 deep.
 *
 * @param maxBytes             size of the uploaded file
 * @param maxEntries           number of zip entries
 * @param maxUncompressedBytes sum of all entries, counted while inflating
 * @param maxInflateRatio      inflated / compressed, per entry (past a small grace size) and for the whole file
 * @param maxXmlDepth          element nesting in any XML part
 */
public record UploadLimits(long maxBytes, int maxEntries, long maxUncompressedBytes, double maxInflateRatio, int maxXmlDepth) {

    /**
     * A filled template is 20–40 entries and well under 1 MiB; real regional workbooks with history and
     * pasted sheets stay below a few MiB, so 10 MiB leaves room without inviting abuse. 2 000 entries is
     * twice POI's own default (1 000) and far above any workbook people build by hand. 100 MiB inflated
     * is ten times the upload limit at the ratio ordinary sheet XML compresses to (5–25) and what one
     * POI DOM can hold in a modest heap. A ratio of 100 is POI's own {@code ZipSecureFile} default: the
     * POI corpus's largest legitimate ratio is about 30, its XML bombs are about 400. Excel writes
     * sheets about 6 levels deep and charts about 15; 64 is generous and still stops depth attacks.
     */
    public static final UploadLimits DEFAULT = new UploadLimits(10L << 20, 2_000, 100L << 20, 100.0, 64);

    public UploadLimits {
        if (maxBytes <= 0 || maxEntries <= 0 || maxUncompressedBytes <= 0 || maxInflateRatio <= 1 || maxXmlDepth <= 0) {
            throw new IllegalArgumentException("upload limits must be positive (ratio above 1), was maxBytes=" + maxBytes
                    + ", maxEntries=" + maxEntries + ", maxUncompressedBytes=" + maxUncompressedBytes
                    + ", maxInflateRatio=" + maxInflateRatio + ", maxXmlDepth=" + maxXmlDepth);
        }
    }
}
