package goalbook.workbook.intake;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks a part the pre-scan already checked, element by element, with the path depth and the text
 * of leaf elements, e.g. the {@code <v>} of a cell. A parse error here means the bytes changed: corrupt.
 */
public abstract class XmlWalk {
    private final StringBuilder text = new StringBuilder();
    private boolean collecting;

    /** Called at each start tag; return true to collect the element's text for {@link #end}. */
    protected abstract boolean start(XMLStreamReader r, int depth);

    /** Called at each end tag with the collected text (null unless {@link #start} asked for it). */
    protected abstract void end(String localName, int depth, String text);

    public final void walk(byte[] xml) {
        XMLStreamReader r = XmlCheck.reader(xml);
        try {
            int depth = 0;
            while (r.hasNext()) {
                switch (r.next()) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        depth++;
                        collecting = start(r, depth);
                        text.setLength(0);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (collecting) {
                            text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        end(r.getLocalName(), depth, collecting ? text.toString() : null);
                        collecting = false;
                        depth--;
                    }
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            throw Refusal.CORRUPT.exception();
        } finally {
            XmlCheck.close(r);
        }
    }

    public static String attribute(XMLStreamReader r, String name) {
        return r.getAttributeValue(null, name);
    }
}
