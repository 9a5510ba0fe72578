package goalbook.workbook.intake;

import java.util.Locale;
import javax.xml.stream.XMLStreamReader;

/**
 * Refuses a relationship that points outside the workbook, whatever part holds it, e.g. a picture
 * linked to {@code \\host\share\x.png} or a hyperlink to {@code file://host/share}: when the
 * controller opens the annotated copy on Windows, such a target makes Excel reach the share with the
 * controller's credentials. Only a web or mail hyperlink ({@code https:}, {@code http:},
 * {@code mailto:}) may point outside; it opens only when clicked.
 *
 * <p>Refused, not stripped, like the other parts the template does not ask for (see {@link PartRules}):
 * the stored original stays what the region sent, and the region is told what to remove.
 */
final class ExternalTargets {
    static final String RELATIONSHIPS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String HYPERLINK_TYPE = "/hyperlink";
    /** A link to another workbook has its own part and its own answer, {@code external_links} ({@link PartRules}). */
    private static final String EXTERNAL_WORKBOOK_TYPE = "/externalLinkPath";

    private ExternalTargets() {}

    /**
     * Called at each start element while the pre-scan streams a part: the forbidden target this
     * element names, or null. The refusal itself waits for {@link PartRules}, so that a workbook with
     * macros is told about its macros first.
     */
    static String forbidden(XMLStreamReader r) {
        if (!"Relationship".equals(r.getLocalName()) || !RELATIONSHIPS_NS.equals(r.getNamespaceURI())) {
            return null;
        }
        if (!"External".equalsIgnoreCase(attribute(r, "TargetMode").strip())) {
            return null;
        }
        String target = attribute(r, "Target").strip();
        String type = attribute(r, "Type");
        if (type.endsWith(HYPERLINK_TYPE) && webOrMail(target) || type.endsWith(EXTERNAL_WORKBOOK_TYPE)) {
            return null;
        }
        return target;
    }

    static WorkbookRefusedException refusal(String target) {
        return Refusal.EXTERNAL_TARGETS.exception(shown(target));
    }

    private static boolean webOrMail(String target) {
        String t = target.toLowerCase(Locale.ROOT);
        return t.startsWith("https://") || t.startsWith("http://") || t.startsWith("mailto:");
    }

    private static String attribute(XMLStreamReader r, String name) {
        String v = r.getAttributeValue(null, name);
        return v == null ? "" : v;
    }

    /** The target as the message names it, at most 100 characters. */
    private static String shown(String target) {
        return target.length() <= 100 ? target : target.substring(0, 99) + "…";
    }
}
