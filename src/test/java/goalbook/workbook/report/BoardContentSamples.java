package goalbook.workbook.report;

import goalbook.workbook.report.BoardWorkbook;
import goalbook.workbook.report.BoardScope;
import goalbook.consolidation.Consolidation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes the board workbooks of the walk-through for looking at: {@code java ... goalbook.workbook.report.BoardContentSamples target/look}. */
final class BoardContentSamples {

    private BoardContentSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/look"));
        BoardWorkbook w = new BoardWorkbook();
        BoardScope group = new BoardScope(null, "Almi – koncernen");
        List<Consolidation> before = List.of(
                BoardQuarters.b("2023-Q2", BoardQuarters.SEVEN).set("kostnader", "2200000").set("utbetalda_lan", "45000000").consolidate(),
                BoardQuarters.b("2024-Q1", BoardQuarters.ALL.subList(0, 12)).consolidate());
        BoardQuarters q2 = BoardQuarters.b("2024-Q2", BoardQuarters.SEVEN).set("kostnader", "2600000");
        Files.write(out.resolve("b-2024q2-utkast.xlsx"), w.render(q2.s, q2.period, q2.consolidate(), group, true, BoardFixtures.GENERATED,
                q2.sources(), List.of(), "UTKAST – ej godkänt", before));
        Files.write(out.resolve("b-2024q2-godkand.xlsx"), w.render(q2.s, q2.period, q2.consolidate(), group, false, BoardFixtures.GENERATED,
                q2.sources(), List.of(), "Godkänt 2024-07-20 10:15 av controller@almi.se", before));
        Files.write(out.resolve("b-2024q2-nord.xlsx"), w.render(q2.s, q2.period, q2.consolidate(), new BoardScope("nord", "Almi Nord"), false,
                BoardFixtures.GENERATED, q2.sources(), List.of(), "Godkänt 2024-07-20 10:15 av controller@almi.se", before));
        BoardQuarters q4 = BoardQuarters.b("2024-Q4", BoardQuarters.THREE);
        Files.write(out.resolve("b-2024q4-godkand.xlsx"), w.render(q4.s, q4.period, q4.consolidate(), group, false, BoardFixtures.GENERATED,
                q4.sources(), List.of(), "Godkänt 2025-01-25 av controller@almi.se", List.of(q2.consolidate())));
        BoardQuarters a = BoardQuarters.a2019q4();
        Files.write(out.resolve("a-2019q4-utkast.xlsx"), w.render(a.s, a.period, a.consolidate(), group, true, BoardFixtures.GENERATED,
                a.sources(), List.of(), "UTKAST – ej godkänt", List.of()));
        Files.write(out.resolve("a-2019q4-godkand.xlsx"), w.render(a.s, a.period, a.consolidate(), group, false, BoardFixtures.GENERATED,
                a.sources(), List.of(), "Godkänt 2020-01-28 av controller@almi.se", List.of()));
    }
}
