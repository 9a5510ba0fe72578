package goalbook.workbook.upload;

import goalbook.workbook.intake.XmlWalk;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings a report needs, by index, e.g. {@code {12 → "1 200"}}; the other items of
 * {@code xl/sharedStrings.xml} stream past unkept. An item's text is its runs joined, or its plain
 * {@code <t>} when it has no runs; phonetic hints are left out.
 */
final class SharedStrings extends XmlWalk {
    private final Set<Integer> wanted;
    private final Map<Integer, String> found = new HashMap<>();
    private int index = -1;
    private boolean inItem;
    private boolean inRun;
    private boolean inPhonetic;
    private StringBuilder plain;
    private StringBuilder runs;

    private SharedStrings(Set<Integer> wanted) {
        this.wanted = wanted;
    }

    static Map<Integer, String> read(byte[] sst, Set<Integer> wanted) {
        if (sst == null || wanted.isEmpty()) {
            return Map.of();
        }
        SharedStrings s = new SharedStrings(wanted);
        s.walk(sst);
        return s.found;
    }

    @Override
    protected boolean start(XMLStreamReader r, int depth) {
        switch (r.getLocalName()) {
            case "si" -> {
                index++;
                inItem = wanted.contains(index);
                plain = null;
                runs = null;
            }
            case "r" -> inRun = true;
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                return inItem && !inPhonetic;
            }
            default -> { }
        }
        return false;
    }

    @Override
    protected void end(String name, int depth, String text) {
        switch (name) {
            case "t" -> {
                if (text != null) {
                    if (inRun) {
                        (runs == null ? runs = new StringBuilder() : runs).append(text);
                    } else {
                        (plain == null ? plain = new StringBuilder() : plain).append(text);
                    }
                }
            }
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "si" -> {
                if (inItem) {
                    found.put(index, runs != null ? runs.toString() : plain != null ? plain.toString() : null);
                }
                inItem = false;
            }
            default -> { }
        }
    }
}
