package goalbook.workbook.intake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamReader;

/**
 * What {@code xl/workbook.xml} says: the sheets in order (name and relationship id) and the defined
 * names with their scope and reference text, e.g. {@code unika_kunder → Inrapportering!$C$24}.
 */
public final class WorkbookPart extends XmlWalk {
    public static final String OFFICE_RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public record Sheet(String name, String relationId) {}

    /** @param sheetScoped whether the name has a {@code localSheetId} */
    public record Name(String name, boolean sheetScoped, String refersTo) {}

    public final List<Sheet> sheets = new ArrayList<>();
    public final List<Name> names = new ArrayList<>();
    private String nameText;
    private boolean nameScoped;

    public static WorkbookPart read(byte[] xml) {
        WorkbookPart w = new WorkbookPart();
        w.walk(xml);
        return w;
    }

    @Override
    public boolean start(XMLStreamReader r, int depth) {
        switch (r.getLocalName()) {
            case "sheet" -> {
                String id = r.getAttributeValue(OFFICE_RELATIONSHIPS, "id");
                sheets.add(new Sheet(attribute(r, "name"), id));
            }
            case "definedName" -> {
                nameText = attribute(r, "name");
                String scope = attribute(r, "localSheetId");
                nameScoped = scope != null && !scope.strip().equals("-1");
                return true;
            }
            default -> { }
        }
        return false;
    }

    @Override
    public void end(String localName, int depth, String text) {
        if (localName.equals("definedName") && nameText != null) {
            names.add(new Name(nameText, nameScoped, text == null || text.isEmpty() ? null : text));
            nameText = null;
        }
    }

    /** The names called {@code name}, ignoring case as Excel does, in the order written. */
    public List<Name> named(String name) {
        String wanted = name.toLowerCase(Locale.ENGLISH);
        return names.stream().filter(n -> n.name().toLowerCase(Locale.ENGLISH).equals(wanted)).toList();
    }

    /** A sheet by name, ignoring case as Excel does. */
    public Sheet sheet(String name) {
        return sheets.stream().filter(s -> s.name() != null && s.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }
}
