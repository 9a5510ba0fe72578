package goalbook.workbook.upload;

import goalbook.workbook.TemplateLayout;
import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.RandomCellValues;
import goalbook.workbook.upload.WorkbookReader;
import goalbook.workbook.upload.ReadWorkbook;
import goalbook.workbook.intake.UploadPrescan;
import goalbook.workbook.intake.WorkbookRefusedException;
import goalbook.workbook.intake.UploadLimits;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import goalbook.fixtures.ContentRecipe;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streaming reader against the oracle (POI's object model, {@link PoiWorkbookReader}): both give the
 * same identity, every value, cell, comment and problem (with its cell and Swedish message) on 1 000
 * templates filled with random values of every kind (fixed seed), on every invalid fixture that passes
 * the pre-scan, and on hand-made oddities of the file format.
 */
class DifferentialReadingTest {
    private static final long SEED = 20_241_231L;
    private static final int FILLED = 1_000;
    private static final Path INVALID = Path.of("src/test/resources/workbooks/invalid");

    static void assertAgree(byte[] xlsx, GoalStructure s, Period p, String what) {
        ReadWorkbook oracle = new PoiWorkbookReader().read(xlsx, s, p);
        ReadWorkbook streamed = WorkbookReader.read(UploadPrescan.check(xlsx, UploadLimits.DEFAULT), s, p);
        assertEquals(oracle.identity(), streamed.identity(), what + ": identity");
        assertEquals(oracle.inputs().problems(), streamed.inputs().problems(), what + ": problems");
        assertEquals(oracle.inputs().values(), streamed.inputs().values(), what + ": values");
        assertEquals(oracle.inputs().cells(), streamed.inputs().cells(), what + ": cells");
        assertEquals(oracle.inputs().comments(), streamed.inputs().comments(), what + ": comments");
        assertEquals(oracle.inputs().commentCells(), streamed.inputs().commentCells(), what + ": comment cells");
    }

    @Test
    void randomlyFilledTemplates_bothReadersAgree() throws IOException {
        GoalStructure s = Fixtures.b();
        int perQuarter = FILLED / 4;
        for (int quarter = 1; quarter <= 4; quarter++) {
            Period p = new Period(2024, quarter);
            try (Filled f = new Filled(Fixtures.render(s, 2024, quarter))) {
                for (int i = 0; i < perQuarter; i++) {
                    long seed = SEED + quarter * 10_000L + i;
                    Random rng = new Random(seed);
                    for (Measure m : s.regionInputsDueIn(quarter)) {
                        RandomCellValues.write(f.cell(m.id()), rng);
                    }
                    s.goalsDueIn(quarter).forEach(g -> RandomCellValues.comment(f.cell(TemplateLayout.comment(g.id())), rng));
                    byte[] bytes = NameDamage.apply(f.bytes(), s, quarter, rng);
                    assertAgree(bytes, s, p, "seed " + seed);
                }
            }
        }
    }

    @Test
    void invalidFixturesThatPassThePrescan_bothReadersAgree() throws IOException {
        byte[] template = Fixtures.render(Fixtures.b(), 2024, 2);
        ObjectMapper json = new ObjectMapper();
        List<String> compared = new ArrayList<>();
        try (Stream<Path> files = Files.list(INVALID)) {
            for (Path f : files.sorted().filter(x -> !x.getFileName().toString().endsWith(".expected.json")).toList()) {
                String name = f.getFileName().toString();
                byte[] bytes = name.endsWith(".fill.json") ? ContentRecipe.fill(template, json.readTree(f.toFile())) : Files.readAllBytes(f);
                try {
                    UploadPrescan.check(bytes, UploadLimits.DEFAULT);
                } catch (WorkbookRefusedException refused) {
                    continue; // neither reader ever sees it
                }
                assertAgree(bytes, Fixtures.b(), new Period(2024, 2), name);
                compared.add(name);
            }
        }
        assertTrue(compared.size() >= 10, "compared only " + compared);
    }
}
