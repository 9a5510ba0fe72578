package goalbook.workbook.upload;

import goalbook.workbook.TemplateLayout;
import goalbook.workbook.ExternalTools;
import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.RandomCellValues;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The streaming reader against the oracle on randomly filled templates as other programs save them:
 * re-saved by LibreOffice (which recalculates and writes its own XML) and by openpyxl (which keeps
 * formulas without their values and writes inline strings its own way). Both readers must agree on
 * identity, every value, cell, comment and problem, whatever those programs did to the file.
 */
@Tag("integration")
class DifferentialResavedIT {
    private static final long SEED = 20_251_204L;

    @TempDir
    Path dir;

    /** {@code perQuarter} randomly filled templates per quarter of 2024, written to {@code dir}; their periods in the same order. */
    private List<Path> filled(int perQuarter, List<Period> periods) throws Exception {
        GoalStructure s = Fixtures.b();
        List<Path> files = new ArrayList<>();
        for (int quarter = 1; quarter <= 4; quarter++) {
            try (Filled f = new Filled(Fixtures.render(s, 2024, quarter))) {
                for (int i = 0; i < perQuarter; i++) {
                    Random rng = new Random(SEED + quarter * 1_000L + i);
                    for (Measure m : s.regionInputsDueIn(quarter)) {
                        RandomCellValues.write(f.cell(m.id()), rng);
                    }
                    s.goalsDueIn(quarter).forEach(g -> RandomCellValues.comment(f.cell(TemplateLayout.comment(g.id())), rng));
                    Path file = dir.resolve("q" + quarter + "-" + i + ".xlsx");
                    Files.write(file, f.bytes());
                    files.add(file);
                    periods.add(new Period(2024, quarter));
                }
            }
        }
        return files;
    }

    @Test
    void resavedByLibreOffice_bothReadersAgree() throws Exception {
        List<Period> periods = new ArrayList<>();
        List<Path> files = filled(2, periods);
        Path out = Files.createDirectories(dir.resolve("libreoffice"));
        for (int i = 0; i < files.size(); i++) {
            ExternalTools.Result r = ExternalTools.convert(files.get(i), "xlsx:Calc MS Excel 2007 XML", out, dir);
            Path resaved = out.resolve(files.get(i).getFileName());
            assertTrue(Files.isRegularFile(resaved), "LibreOffice saved " + resaved + ": " + r.output());
            DifferentialReadingTest.assertAgree(Files.readAllBytes(resaved), Fixtures.b(), periods.get(i), "LibreOffice " + resaved.getFileName());
        }
    }

    @Test
    void resavedByOpenpyxl_bothReadersAgree() throws Exception {
        List<Period> periods = new ArrayList<>();
        List<Path> files = filled(6, periods);
        Path out = Files.createDirectories(dir.resolve("openpyxl"));
        List<String> args = new ArrayList<>(List.of("-c", """
                import sys, warnings, openpyxl
                warnings.simplefilter("ignore")
                out = sys.argv[1]
                for f in sys.argv[2:]:
                    wb = openpyxl.load_workbook(f)
                    wb.save(out + "/" + f.rsplit("/", 1)[1])
                print("saved", len(sys.argv) - 2)
                """, out.toString()));
        files.forEach(f -> args.add(f.toString()));
        ExternalTools.Result r = ExternalTools.python(args);
        assertEquals(0, r.exitCode(), r.output());
        for (int i = 0; i < files.size(); i++) {
            Path resaved = out.resolve(files.get(i).getFileName());
            DifferentialReadingTest.assertAgree(Files.readAllBytes(resaved), Fixtures.b(), periods.get(i), "openpyxl " + resaved.getFileName());
        }
    }
}
