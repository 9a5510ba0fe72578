package goalbook.workbook.intake;

import java.util.Set;

/**
 * What a fully scanned zip is and whether its parts are allowed, e.g. a zip holding
 * {@code xl/workbook.bin} is an .xlsb ({@code xlsb_format}); one holding {@code xl/vbaProject.bin} has
 * macros ({@code macros}).
 *
 * <p>Forbidden parts are refused, not stripped: a region that sends macros or external links has
 * built something the template does not ask for, and a copy with parts silently removed would no
 * longer be the workbook they sent. Refusing says what to remove and keeps the stored original honest.
 */
final class PartRules {
    static final String STRICT_NAMESPACE = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private static final String ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final Set<String> WORKBOOK_TYPES = Set.of(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
            "application/vnd.ms-excel.sheet.macroenabled.main+xml",
            "application/vnd.ms-excel.template.macroenabled.main+xml",
            "application/vnd.ms-excel.addin.macroenabled.main+xml");

    private PartRules() {}

    static void check(ZipScan scan) {
        if (scan.names.isEmpty()) {
            throw Refusal.NOT_A_WORKBOOK.exception();
        }
        if (scan.mimetype != null) {
            throw (scan.mimetype.equals(ODS_MIMETYPE) ? Refusal.ODS_FORMAT : Refusal.NOT_A_WORKBOOK).exception();
        }
        if (scan.names.contains("xl/workbook.bin") || hasType(scan, "sheet.binary.macroenabled.main")) {
            throw Refusal.XLSB_FORMAT.exception();
        }
        if (scan.rootNamespaces.contains(STRICT_NAMESPACE)) {
            throw Refusal.STRICT_OOXML.exception();
        }
        if (!scan.hasContentTypesPart || scan.contentTypes.stream().noneMatch(WORKBOOK_TYPES::contains)) {
            throw Refusal.NOT_A_WORKBOOK.exception();
        }
        // A part declared as XML that did not read as XML: POI would parse what the pre-scan never checked.
        if (scan.names.stream().anyMatch(n -> declaredXml(scan, n) && !scan.xmlParts.contains(n))) {
            throw Refusal.CORRUPT.exception();
        }
        if (scan.names.stream().anyMatch(n -> n.endsWith("vbaproject.bin") || n.startsWith("xl/macrosheets/")
                || n.startsWith("xl/dialogsheets/"))
                || hasType(scan, "macroenabled") || hasType(scan, "vbaproject") || hasType(scan, "macrosheet")) {
            throw Refusal.MACROS.exception();
        }
        if (hasPrefix(scan, "xl/externallinks/") || hasType(scan, "externallink+xml")) {
            throw Refusal.EXTERNAL_LINKS.exception();
        }
        // XML maps carry schemas with their own external references (see xxe_in_schema.xlsx).
        if (scan.names.contains("xl/connections.xml") || hasType(scan, "connections+xml")
                || scan.names.contains("xl/xmlmaps.xml") || hasType(scan, "xmlmaps+xml")) {
            throw Refusal.DATA_CONNECTIONS.exception();
        }
        if (hasPrefix(scan, "xl/embeddings/") || hasPrefix(scan, "xl/activex/")
                || hasType(scan, "oleobject") || hasType(scan, "activex")) {
            throw Refusal.EMBEDDED_OBJECTS.exception();
        }
        if (scan.externalTarget != null) {
            throw ExternalTargets.refusal(scan.externalTarget);
        }
        // A part without a content type breaks the package (OPC M1.14): POI refuses to open it, so the
        // annotated copy and every later workbook would fail where the JSON answer had said valid.
        if (scan.names.stream().anyMatch(n -> !n.endsWith("/") && !n.equals("[content_types].xml") && contentType(scan, n) == null)) {
            throw Refusal.CORRUPT.exception();
        }
    }

    static String contentType(ZipScan scan, String part) {
        String type = scan.overrides.get(part);
        int dot = part.lastIndexOf('.');
        return type != null ? type : dot < 0 || part.lastIndexOf('/') > dot ? null : scan.defaults.get(part.substring(dot + 1));
    }

    private static boolean declaredXml(ZipScan scan, String part) {
        String type = part.endsWith("/") ? null : contentType(scan, part);
        return type != null && (type.endsWith("+xml") || type.endsWith("/xml"));
    }

    private static boolean hasPrefix(ZipScan scan, String prefix) {
        return scan.names.stream().anyMatch(n -> n.startsWith(prefix));
    }

    private static boolean hasType(ZipScan scan, String fragment) {
        return scan.contentTypes.stream().anyMatch(t -> t.contains(fragment));
    }
}
