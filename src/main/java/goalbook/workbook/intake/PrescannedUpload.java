package goalbook.workbook.intake;

import java.util.Map;

/**
 * An upload that passed {@link UploadPrescan}: within every limit, and holding the inflated bytes of
 * the few parts a report reads (workbook, sheets, shared strings, relationships, custom properties),
 * so {@link WorkbookReader} reads them without unzipping again.
 */
public final class PrescannedUpload {
    private final Map<String, byte[]> parts;
    private final Map<String, String> overrides;
    private final Map<String, String> defaults;
    private final ContentLimits limits;

    PrescannedUpload(ZipScan scan, ContentLimits limits) {
        this.parts = scan.kept;
        this.overrides = scan.overrides;
        this.defaults = scan.defaults;
        this.limits = limits;
    }

    /** A kept part's bytes by its normalised name (lower case, no leading slash), or null. */
    public byte[] part(String name) {
        return name == null ? null : parts.get(name);
    }

    /** The first part, in name order, whose declared content type is {@code type} (lower case). */
    public String partOfType(String type) {
        return overrides.entrySet().stream().filter(e -> e.getValue().equals(type)).map(Map.Entry::getKey)
                .sorted().findFirst().orElse(null);
    }

    String contentType(String name) {
        String type = overrides.get(name);
        int dot = name.lastIndexOf('.');
        return type != null || dot < 0 ? type : defaults.get(name.substring(dot + 1));
    }

    public ContentLimits limits() {
        return limits;
    }
}
