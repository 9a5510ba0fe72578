package goalbook.workbook.upload;

import goalbook.workbook.Filling;
import goalbook.workbook.RandomCellValues;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.nio.charset.StandardCharsets;

/**
 * Damages a saved template the ways tools and people do, now and then: an input's name pointing at
 * a range, at a deleted cell ({@code #REF!}), at a missing sheet or at a constant; the custom properties
 * dropped (as openpyxl does), and {@code gb_identity} broken too, so the identity comes from the sheet.
 */
final class NameDamage {
    private NameDamage() {}

    static byte[] apply(byte[] xlsx, GoalStructure s, int quarter, Random rng) {
        try {
            byte[] out = xlsx;
            if (rng.nextInt(4) == 0) {
                List<Measure> due = s.regionInputsDueIn(quarter);
                String id = due.get(rng.nextInt(due.size())).id();
                String to = RandomCellValues.pick(List.of("Inrapportering!$C$5:$D$9", "#REF!", "Inrapportering!#REF!", "Saknas!$C$5",
                        "42", "Inrapportering!$C:$C", "Inrapportering!$7:$7", "'Inrapportering'!C6", "inrapportering!$B$2"), rng);
                String xml = new String(entry(out), StandardCharsets.UTF_8);
                String damaged = xml.replaceFirst("(<definedName name=\"" + id + "\"[^>]*>)[^<]*(</definedName>)",
                        "$1" + Matcher.quoteReplacement(to) + "$2");
                out = Filling.replaceInEntry(out, "xl/workbook.xml", xml, damaged);
            }
            if (rng.nextInt(8) == 0) {
                out = Filling.replaceInEntry(out, "docProps/custom.xml", "name=\"goalbook.", "name=\"other.");
                if (rng.nextBoolean()) {
                    out = Filling.replaceInEntry(out, "xl/workbook.xml", "'gb_identitet'!$B$1:$B$6", "#REF!");
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] entry(byte[] xlsx) throws IOException {
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("xl/workbook.xml")) {
                    return zip.readAllBytes();
                }
            }
        }
        throw new IOException("no xl/workbook.xml");
    }
}
