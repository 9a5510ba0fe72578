package goalbook.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Whether a pre-scanned upload carries a Goalbook template identity at all (the custom property
 * {@code goalbook.structure} or the defined name {@code gb_identity}), found with the JDK's zip
 * reader alone. Any other workbook is turned away before POI spends time parsing it.
 */
public final class TemplateMarker {
    private static final byte[] PROPERTY = "goalbook.structure".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NAME = "gb_identity".getBytes(StandardCharsets.UTF_8);

    private TemplateMarker() {}

    /** @param xlsx bytes that passed {@link UploadPrescan}, so entry sizes are already bounded */
    public static boolean present(byte[] xlsx) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.equals("docProps/custom.xml") && contains(zip.readAllBytes(), PROPERTY)
                        || name.equals("xl/workbook.xml") && contains(zip.readAllBytes(), NAME)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return true; // not ours to judge: the reader gives the precise answer
        }
    }

    private static boolean contains(byte[] text, byte[] needle) {
        outer:
        for (int i = 0; i <= text.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (text[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
