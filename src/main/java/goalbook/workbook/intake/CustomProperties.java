package goalbook.workbook.intake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * The custom document properties, e.g. {@code goalbook.region → "gavle-dala"}: text values
 * ({@code vt:lpwstr}, {@code vt:lpstr}), whole numbers ({@code vt:i4}) and decimals ({@code vt:r8},
 * taken as whole numbers); the first property of a name counts.
 */
public final class CustomProperties extends XmlWalk {
    private final Map<String, String> values = new LinkedHashMap<>();
    private String property;

    public static Map<String, String> read(byte[] xml) {
        CustomProperties p = new CustomProperties();
        if (xml != null) {
            p.walk(xml);
        }
        return p.values;
    }

    @Override
    protected boolean start(XMLStreamReader r, int depth) {
        String name = r.getLocalName();
        if (depth == 2 && name.equals("property")) {
            property = attribute(r, "name");
            if (property != null) {
                values.putIfAbsent(property, null);
            }
            return false;
        }
        return depth == 3 && property != null;
    }

    @Override
    protected void end(String localName, int depth, String text) {
        if (depth == 3 && property != null && values.get(property) == null) {
            values.put(property, value(localName, text));
        } else if (depth == 2) {
            property = null;
        }
    }

    private static String value(String type, String text) {
        try {
            return switch (type) {
                case "lpwstr", "lpstr" -> text;
                case "i4" -> String.valueOf(Integer.parseInt(text.strip()));
                case "r8" -> String.valueOf(new BigDecimal(text.strip()).longValue());
                default -> null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
