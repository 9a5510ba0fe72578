package goalbook.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * An xlsx read as its parts: names, bytes, content types and relationships, e.g. part
 * {@code /xl/worksheets/sheet1.xml} of type {@code ...worksheet+xml} with its {@code _rels}.
 */
final class OoxmlPackage {
    static final String CT_NS = "http://schemas.openxmlformats.org/package/2006/content-types";
    static final String RELS_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
    static final String R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    static final String MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /** One relationship, its target resolved to a part name (null when external). */
    record Rel(String id, String type, String target) {}

    final Map<String, byte[]> parts = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final Map<String, Document> parsed = new HashMap<>();

    OoxmlPackage(byte[] xlsx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (!e.isDirectory() && parts.put("/" + e.getName(), zip.readAllBytes()) != null) {
                    problems.add("/" + e.getName() + ": part twice in the zip");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Document types = document("/[Content_Types].xml");
        if (types == null) {
            problems.add("[Content_Types].xml missing");
            return;
        }
        for (Element d : children(types.getDocumentElement(), CT_NS, "Default")) {
            defaults.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType"));
        }
        for (Element o : children(types.getDocumentElement(), CT_NS, "Override")) {
            overrides.put(o.getAttribute("PartName").toLowerCase(Locale.ROOT), o.getAttribute("ContentType"));
            if (!parts.containsKey(o.getAttribute("PartName"))) {
                problems.add("[Content_Types].xml: Override for missing part " + o.getAttribute("PartName"));
            }
        }
    }

    /** The part's content type, by Override, else by its extension's Default. */
    Optional<String> contentType(String part) {
        String o = overrides.get(part.toLowerCase(Locale.ROOT));
        if (o != null) {
            return Optional.of(o);
        }
        int dot = part.lastIndexOf('.');
        return Optional.ofNullable(dot < 0 ? null : defaults.get(part.substring(dot + 1).toLowerCase(Locale.ROOT)));
    }

    /** The parsed part (namespace aware, no DTDs), or null when missing or not well-formed (noted as a problem). */
    Document document(String part) {
        if (parsed.containsKey(part)) {
            return parsed.get(part);
        }
        byte[] bytes = parts.get(part);
        Document doc = null;
        if (bytes != null) {
            try {
                doc = builder().parse(new ByteArrayInputStream(bytes));
            } catch (SAXException | IOException e) {
                problems.add(part + ": not well-formed XML: " + e.getMessage());
            }
        }
        parsed.put(part, doc);
        return doc;
    }

    /** The relationships of {@code part} ({@code /} for the package's own), targets resolved. */
    List<Rel> rels(String part) {
        int slash = part.lastIndexOf('/');
        String relsPart = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
        Document doc = parts.containsKey(relsPart) ? document(relsPart) : null;
        List<Rel> out = new ArrayList<>();
        if (doc == null) {
            return out;
        }
        for (Element r : children(doc.getDocumentElement(), RELS_NS, "Relationship")) {
            boolean external = "External".equals(r.getAttribute("TargetMode"));
            String target = external ? null : resolve(part, r.getAttribute("Target"));
            out.add(new Rel(r.getAttribute("Id"), r.getAttribute("Type"), target));
        }
        return out;
    }

    /** The part a relationship of type ending in {@code typeSuffix} points to from {@code part}, with that id. */
    Optional<String> target(String part, String id) {
        return rels(part).stream().filter(r -> r.id().equals(id)).map(Rel::target).findFirst();
    }

    static String resolve(String source, String target) {
        if (target.startsWith("/")) {
            return URI.create(target).normalize().getPath();
        }
        String base = source.substring(0, source.lastIndexOf('/') + 1);
        return URI.create(base.isEmpty() ? "/" : base).resolve(URI.create(target.replace(" ", "%20"))).normalize().getPath();
    }

    static List<Element> children(Element parent, String ns, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    static Element child(Element parent, String ns, String local) {
        List<Element> all = children(parent, ns, local);
        return all.isEmpty() ? null : all.get(0);
    }

    static List<Element> descendants(Node root, String ns, String local) {
        NodeList list = root instanceof Document d ? d.getElementsByTagNameNS(ns, local) : ((Element) root).getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add((Element) list.item(i));
        }
        return out;
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            return f.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }
}
