package goalbook.workbook.report;

import goalbook.workbook.report.BoardScope;
import goalbook.workbook.report.TrendPoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the board workbooks whose charts are looked at: {@code java ... goalbook.workbook.report.ChartSamples target/look}. */
final class ChartSamples {

    private ChartSamples() {}

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/look"));
        Files.write(out.resolve("b-1av16.xlsx"), ChartCases.structureB(1).render(ChartCases.GROUP));
        Files.write(out.resolve("b-7av16.xlsx"), ChartCases.structureB(7).render(ChartCases.GROUP));
        Files.write(out.resolve("b-nord.xlsx"), ChartCases.structureB(7).render(new BoardScope("nord", "Almi Nord")));
        Files.write(out.resolve("a-2019.xlsx"), ChartCases.structureA().render(ChartCases.GROUP));
        ChartCases b = ChartCases.structureB(7);
        List<TrendPoint> gap = new ArrayList<>(b.trend());
        gap.removeIf(t -> t.period().equals(b.period().previousQuarter()) && t.goalId().equals("andel_tidiga_skeden"));
        Files.write(out.resolve("b-trendlucka.xlsx"), new ChartCases(b.s(), b.period(), b.c(), b.sources(), gap).render(ChartCases.GROUP));
    }
}
