package goalbook.workbook.intake;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLStreamReader;

/**
 * A part's relationships, e.g. of {@code xl/workbook.xml}: {@code rId4 → xl/worksheets/sheet2.xml},
 * targets resolved against the source part's folder and normalised as the pre-scan names parts.
 */
public final class Relationships extends XmlWalk {
    private final String folder;
    private final Map<String, String> targets = new HashMap<>();

    private Relationships(String folder) {
        this.folder = folder;
    }

    /** The relationships of {@code source} (e.g. "xl/workbook.xml"), empty when it has none. */
    public static Map<String, String> of(PrescannedUpload upload, String source) {
        int slash = source.lastIndexOf('/');
        String folder = slash < 0 ? "" : source.substring(0, slash + 1);
        byte[] rels = upload.part(folder + "_rels/" + source.substring(slash + 1) + ".rels");
        Relationships r = new Relationships(folder);
        if (rels != null) {
            r.walk(rels);
        }
        return r.targets;
    }

    @Override
    protected boolean start(XMLStreamReader r, int depth) {
        if (r.getLocalName().equals("Relationship") && !"External".equalsIgnoreCase(attribute(r, "TargetMode"))) {
            String id = attribute(r, "Id");
            String target = attribute(r, "Target");
            if (id != null && target != null) {
                targets.putIfAbsent(id, resolve(target));
            }
        }
        return false;
    }

    @Override
    protected void end(String localName, int depth, String text) {
        // attributes only
    }

    private String resolve(String target) {
        String path = target.startsWith("/") ? target : folder + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(p);
            }
        }
        return ZipScan.normalise(String.join("/", parts)).toLowerCase(Locale.ROOT);
    }
}
