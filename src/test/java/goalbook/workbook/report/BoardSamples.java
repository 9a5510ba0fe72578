package goalbook.workbook.report;

import goalbook.workbook.report.BoardWorkbook;
import goalbook.workbook.report.BoardScope;
import goalbook.workbook.report.ConsolidatedWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes sample workbooks for looking at: {@code java ... goalbook.workbook.report.BoardSamples /tmp/board}. */
final class BoardSamples {

    private BoardSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "/tmp/board"));
        BoardFixtures f = new BoardFixtures(2);
        Files.write(out.resolve("konsoliderad.xlsx"),
                new ConsolidatedWorkbook().render(f.s, f.period, f.c, f.regions, f.sources, f.trend(), BoardFixtures.GENERATED));
        Files.write(out.resolve("styrelse.xlsx"), new BoardWorkbook().render(f.s, f.period, f.c, new BoardScope(null, "Almi koncernen"),
                true, BoardFixtures.GENERATED, f.sources, f.trend(), "Ej godkänd"));
        Files.write(out.resolve("styrelse-nord.xlsx"), new BoardWorkbook().render(f.s, f.period, f.c, new BoardScope("nord", "Almi Nord"),
                false, BoardFixtures.GENERATED, f.sources, f.trend(), "Godkänd 2024-07-20 av Eva Ek"));
    }
}
