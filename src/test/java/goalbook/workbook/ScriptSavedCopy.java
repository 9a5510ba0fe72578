package goalbook.workbook;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Saves a workbook the way openpyxl 3.0 does (verified): every shared-string cell becomes an inline
 * string, {@code <c r="F10" t="inlineStr"><is><t>Uppfyllt</t></is></c>}. A region that fills or
 * fixes its workbook with a script sends such cells back.
 */
public final class ScriptSavedCopy {
    private static final Pattern SHARED_ITEM = Pattern.compile("<si>(.*?)</si>", Pattern.DOTALL);
    private static final Pattern TEXT = Pattern.compile("<t(?: [^>]*)?>(.*?)</t>", Pattern.DOTALL);
    private static final Pattern SHARED_CELL = Pattern.compile("<c ([^>]*?)t=\"s\"([^>]*)><v>(\\d+)</v></c>");

    private ScriptSavedCopy() {}

    public static byte[] convert(byte[] xlsx) {
        Map<String, byte[]> entries = TestZips.entries(xlsx);
        List<String> shared = new ArrayList<>();
        Matcher items = SHARED_ITEM.matcher(text(entries.get("xl/sharedStrings.xml")));
        while (items.find()) {
            StringBuilder s = new StringBuilder();
            Matcher t = TEXT.matcher(items.group(1));
            while (t.find()) {
                s.append(t.group(1));
            }
            shared.add(s.toString());
        }
        entries.replaceAll((name, data) -> {
            if (!name.startsWith("xl/worksheets/sheet")) {
                return data;
            }
            Matcher m = SHARED_CELL.matcher(text(data));
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                String cell = "<c " + m.group(1) + "t=\"inlineStr\"" + m.group(2) + "><is><t xml:space=\"preserve\">"
                        + shared.get(Integer.parseInt(m.group(3))) + "</t></is></c>";
                m.appendReplacement(out, Matcher.quoteReplacement(cell));
            }
            m.appendTail(out);
            return out.toString().getBytes(StandardCharsets.UTF_8);
        });
        return TestZips.zip(entries);
    }

    private static String text(byte[] data) {
        return data == null ? "" : new String(data, StandardCharsets.UTF_8);
    }
}
