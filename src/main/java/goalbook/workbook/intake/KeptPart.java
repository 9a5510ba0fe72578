package goalbook.workbook.intake;

/**
 * The parts a report reads, told by their root element rather than their name: the workbook, its
 * worksheets, the shared strings, relationships and the custom properties. Everything else is checked
 * and dropped.
 */
final class KeptPart {
    static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String CUSTOM_PROPERTIES = "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties";

    private KeptPart() {}

    static boolean wanted(String namespace, String root) {
        return switch (namespace) {
            case PartBounds.MAIN -> root.equals("workbook") || root.equals("worksheet") || root.equals("sst");
            case RELATIONSHIPS -> root.equals("Relationships");
            case CUSTOM_PROPERTIES -> root.equals("Properties");
            default -> false;
        };
    }
}
