package goalbook.workbook.intake;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams one XML part with StAX and refuses what POI must never be given, e.g. a {@code <!DOCTYPE>}
 * (entity bombs, XXE) → {@code xml_doctype}, nesting past the limit → {@code xml_too_deep}, broken
 * markup → {@code corrupt}; counts what the part declares with {@link PartBounds}. Returns the root
 * element's namespace and, when asked, every {@code ContentType} attribute with the part name or
 * extension it applies to (for {@code [Content_Types].xml}).
 */
final class XmlCheck {
    private static final XMLInputFactory FACTORY = newFactory();

    /**
     * @param overrides part name (lower case, no leading slash) → content type
     * @param defaults  extension (lower case) → content type
     */
    /** {@code externalTarget}: the first relationship target outside the workbook that is not allowed, or null. */
    record Facts(String rootNamespace, List<String> contentTypes, Map<String, String> overrides, Map<String, String> defaults,
                 String externalTarget) {}

    private XmlCheck() {}

    private static XMLInputFactory newFactory() {
        // Woodstox by name, not whatever the classpath's service files pick: it reads a workbook's parts in
        // about half the time of the JDK's parser. No DTD, no external entity, no entity replaced. No depth
        // limit of its own, so a part too deep is always refused with ours (xml_too_deep); attributes per
        // element as the JDK's parser allowed (10 000); attribute values up to its 512 K characters.
        XMLInputFactory f = new com.ctc.wstx.stax.WstxInputFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(com.ctc.wstx.api.WstxInputProperties.P_MAX_ELEMENT_DEPTH, Integer.MAX_VALUE);
        f.setProperty(com.ctc.wstx.api.WstxInputProperties.P_MAX_ATTRIBUTES_PER_ELEMENT, 10_000);
        return f;
    }

    /**
     * Reads {@code in} to the end of the root element. {@code limitHit} reports a zip limit the stream
     * passed while the parser was reading, which the parser would otherwise hide as a parse error.
     */
    static Facts scan(InputStream in, int maxDepth, boolean collectContentTypes, java.util.function.Supplier<WorkbookRefusedException> limitHit) {
        return scan(in, maxDepth, collectContentTypes, new PartBounds(ContentLimits.DEFAULT), (ns, name) -> { }, limitHit);
    }

    /** The same, counting with {@code bounds} and telling {@code onRoot} the root element's namespace and local name. */
    static Facts scan(InputStream in, int maxDepth, boolean collectContentTypes, PartBounds bounds, BiConsumer<String, String> onRoot,
                      java.util.function.Supplier<WorkbookRefusedException> limitHit) {
        String rootNamespace = null;
        String externalTarget = null;
        List<String> contentTypes = new ArrayList<>();
        Map<String, String> overrides = new HashMap<>();
        Map<String, String> defaults = new HashMap<>();
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(in);
            int depth = 0;
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_DECLARATION, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw Refusal.XML_DOCTYPE.exception();
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > maxDepth) {
                            throw Refusal.XML_TOO_DEEP.exception(maxDepth);
                        }
                        if (rootNamespace == null) {
                            rootNamespace = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                            onRoot.accept(rootNamespace, r.getLocalName());
                        }
                        bounds.start(r);
                        if (externalTarget == null) {
                            externalTarget = ExternalTargets.forbidden(r);
                        }
                        if (collectContentTypes) {
                            collect(r, contentTypes, overrides, defaults);
                        }
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> bounds.text(r);
                    case XMLStreamConstants.END_ELEMENT -> {
                        depth--;
                        bounds.end();
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof WorkbookRefusedException refused) {
                throw refused;
            }
            WorkbookRefusedException limit = limitHit.get();
            throw limit != null ? limit : Refusal.CORRUPT.exception();
        } finally {
            close(r);
        }
        if (rootNamespace == null) {
            throw Refusal.CORRUPT.exception();
        }
        return new Facts(rootNamespace, contentTypes, overrides, defaults, externalTarget);
    }

    private static void collect(XMLStreamReader r, List<String> types, Map<String, String> overrides, Map<String, String> defaults) {
        String type = r.getAttributeValue(null, "ContentType");
        if (type == null) {
            return;
        }
        types.add(type);
        String lower = type.toLowerCase(Locale.ROOT);
        String part = r.getAttributeValue(null, "PartName");
        String extension = r.getAttributeValue(null, "Extension");
        if (part != null) {
            overrides.putIfAbsent(ZipScan.normalise(part), lower);
        } else if (extension != null) {
            defaults.putIfAbsent(extension.toLowerCase(Locale.ROOT), lower);
        }
    }

    /** A reader over a part the pre-scan already checked, with the same safe settings. */
    static XMLStreamReader reader(byte[] xml) {
        try {
            return FACTORY.createXMLStreamReader(new java.io.ByteArrayInputStream(xml));
        } catch (XMLStreamException e) {
            throw Refusal.CORRUPT.exception();
        }
    }

    static void close(XMLStreamReader r) {
        if (r != null) {
            try {
                r.close();
            } catch (XMLStreamException ignored) {
                // nothing was held open: the zip stream underneath is closed by its owner
            }
        }
    }
}
