package goalbook.workbook;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Whether a workbook we write is one Excel opens without repairing it: every XML part valid against the
 * ECMA-376 schemas (POI's {@code poi-ooxml-full}), plus the rules the schemas cannot state (see
 * {@link OoxmlWorkbookRules} and {@link OoxmlSheetRules}). Call {@link #assertValid} from any test.
 *
 * <p>Markup compatibility is applied first as Excel does: attributes and elements of namespaces named in
 * {@code mc:Ignorable} are dropped and {@code mc:AlternateContent} becomes its fallback, so a workbook
 * saved by Excel (x14ac, xr, …) is judged by the same schemas. {@code xml:space} is dropped too: Excel
 * writes it on every text that keeps its spaces, though the schema's {@code ST_Xstring} has no attributes.
 */
public final class OoxmlConformance {

    public static final String MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006";
    /** Roots whose schemas are not in poi-ooxml-full; their parts get the hand-written checks only. */
    private static final Set<QName> NO_SCHEMA = Set.of(new QName(OoxmlPackage.CT_NS, "Types"),
            new QName("http://schemas.openxmlformats.org/package/2006/metadata/core-properties", "coreProperties"));
    private static final String XML_SPACE = "xml:space";
    private static final String VML_TYPE = "application/vnd.openxmlformats-officedocument.vmlDrawing";

    private OoxmlConformance() {}

    /** Fails with every problem found, one a line, e.g. "board: /xl/styles.xml /styleSheet/fills/fill/patternFill/fgColor@rgb: …". */
    public static void assertValid(byte[] xlsx, String what) {
        List<String> problems = problems(xlsx);
        if (!problems.isEmpty()) {
            throw new AssertionError(what + " is not a workbook Excel opens cleanly (" + problems.size() + " problems):\n  "
                    + String.join("\n  ", problems));
        }
    }

    /** Every problem found, each naming its part and element; empty when the workbook conforms. */
    public static List<String> problems(byte[] xlsx) {
        OoxmlPackage pkg = new OoxmlPackage(xlsx);
        List<String> out = new ArrayList<>();
        for (String part : pkg.parts.keySet()) {
            if (part.equals("/[Content_Types].xml")) {
                continue;
            }
            String type = pkg.contentType(part).orElse(null);
            if (type == null) {
                out.add(part + ": no content type");
            } else if (type.endsWith("xml") || type.equals(VML_TYPE)) {
                Document doc = pkg.document(part);
                if (doc != null) {
                    out.addAll(schemaErrors(part, doc, type.equals(VML_TYPE)));
                }
            }
            out.addAll(relationshipProblems(pkg, part));
        }
        out.addAll(relationshipProblems(pkg, "/"));
        out.addAll(OoxmlWorkbookRules.check(pkg));
        out.addAll(pkg.problems);
        return out;
    }

    private static List<String> schemaErrors(String part, Document doc, boolean vml) {
        Document clean = (Document) doc.cloneNode(true);
        applyMarkupCompatibility(clean.getDocumentElement(), new HashSet<>());
        Element root = clean.getDocumentElement();
        List<String> out = new ArrayList<>();
        // VML parts have a bare <xml> root no schema declares; each shape in it is a schema element
        List<Node> checked = vml ? childElements(root) : List.of(clean);
        for (Node n : checked) {
            Element e = n instanceof Document d ? d.getDocumentElement() : (Element) n;
            QName name = new QName(e.getNamespaceURI() == null ? "" : e.getNamespaceURI(), e.getLocalName());
            if (NO_SCHEMA.contains(name)) {
                continue;
            }
            if (!OoxmlSchemas.knows(name)) {
                out.add(part + " " + name + ": no schema declares this element");
                continue;
            }
            for (String error : OoxmlSchemas.errors(n)) {
                out.add(part + " " + error);
            }
        }
        return out;
    }

    /** Every relationship of {@code part} points to a part that exists and has a content type; ids unique. */
    private static List<String> relationshipProblems(OoxmlPackage pkg, String part) {
        List<String> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (OoxmlPackage.Rel r : pkg.rels(part)) {
            if (!ids.add(r.id())) {
                out.add(part + " relationship " + r.id() + ": id used twice");
            }
            if (r.target() == null) {
                continue;
            }
            if (!pkg.parts.containsKey(r.target())) {
                out.add(part + " relationship " + r.id() + ": target " + r.target() + " is missing");
            } else if (pkg.contentType(r.target()).isEmpty()) {
                out.add(part + " relationship " + r.id() + ": target " + r.target() + " has no content type");
            }
        }
        return out;
    }

    private static void applyMarkupCompatibility(Element e, Set<String> ignorable) {
        Set<String> ignored = ignorable;
        String declared = e.getAttributeNS(MC_NS, "Ignorable");
        if (!declared.isEmpty()) {
            ignored = new HashSet<>(ignorable);
            for (String prefix : declared.trim().split("\\s+")) {
                String ns = e.lookupNamespaceURI(prefix);
                if (ns != null) {
                    ignored.add(ns);
                }
            }
        }
        NamedNodeMap attrs = e.getAttributes();
        for (int i = attrs.getLength() - 1; i >= 0; i--) {
            Attr a = (Attr) attrs.item(i);
            if (MC_NS.equals(a.getNamespaceURI()) || ignored.contains(a.getNamespaceURI()) || XML_SPACE.equals(a.getName())) {
                e.removeAttributeNode(a);
            }
        }
        for (Node child : childElements(e)) {
            Element c = (Element) child;
            if (ignored.contains(c.getNamespaceURI())) {
                e.removeChild(c);
            } else if (MC_NS.equals(c.getNamespaceURI()) && "AlternateContent".equals(c.getLocalName())) {
                Element fallback = OoxmlPackage.child(c, MC_NS, "Fallback");
                while (fallback != null && fallback.getFirstChild() != null) {
                    e.insertBefore(fallback.getFirstChild(), c);
                }
                e.removeChild(c);
            }
        }
        for (Node child : childElements(e)) {
            applyMarkupCompatibility((Element) child, ignored);
        }
    }

    public static List<Node> childElements(Element e) {
        List<Node> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element) {
                out.add(n);
            }
        }
        return out;
    }
}
