package goalbook.workbook.report;

import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.report.ConsolidatedWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes sample templates and a consolidated workbook for looking at with LibreOffice:
 * {@code java ... goalbook.workbook.report.TemplateSamples target/look}. Filled templates have goal 3 (B)
 * or goal 5 (A) not met and uncommented, so the missing-comment warning shows.
 */
final class TemplateSamples {

    private TemplateSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/look"));
        write(out, "mall-B-2024Q2", Fixtures.render(Fixtures.b(), 2024, 2), Fixtures.inputsB(), Map.of("kunder_tidiga_skeden", 60));
        write(out, "mall-B-2024Q4", Fixtures.render(Fixtures.b(), 2024, 4), Fixtures.inputsB(), Map.of("kunder_tidiga_skeden", 60));
        write(out, "mall-A-2019Q4", Fixtures.render(Fixtures.a(), 2019, 4), Fixtures.inputsA(), Map.of("kundtid_timmar", 700));
        SparseQuarter q = new SparseQuarter();
        Files.write(out.resolve("konsoliderad-glest.xlsx"),
                new ConsolidatedWorkbook().render(q.s, q.period, q.c, q.regions, q.sources, java.util.List.of(), BoardFixtures.GENERATED));
    }

    private static void write(Path out, String name, byte[] empty, Map<String, Object> inputs, Map<String, Object> notMet) throws Exception {
        Files.write(out.resolve(name + "-tom.xlsx"), empty);
        try (Filled f = new Filled(empty)) {
            f.setAll(inputs).setAll(notMet).evaluate();
            Files.write(out.resolve(name + "-ifylld.xlsx"), f.bytes());
        }
    }
}
