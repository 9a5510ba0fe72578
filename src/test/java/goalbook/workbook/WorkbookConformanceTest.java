package goalbook.workbook;

import goalbook.workbook.report.BoardFixtures;
import goalbook.workbook.report.BoardScope;
import goalbook.workbook.report.BoardWorkbook;
import goalbook.workbook.report.ConsolidatedWorkbook;
import goalbook.FilledTemplates;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.TestStructures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kind of workbook Goalbook writes, made by the production code on a served quarter, is one Excel
 * opens without repairing (see {@link OoxmlConformance}): templates of both structures for every
 * quarter, reference workbooks, annotated copies (stored, dry run, and an annotated copy sent again),
 * consolidated, and board workbooks as draft, approved and for one region.
 */
class WorkbookConformanceTest {
    private static final Period B_Q1 = new Period(2024, 1);
    private static final Period B_Q2 = new Period(2024, 2);
    private static final Period A_Q4 = new Period(2019, 4);
    private static final Map<String, byte[]> WORKBOOKS = new LinkedHashMap<>();
    private static ServedQuarter quarter;

    @BeforeAll
    static void produceEveryKind() throws IOException {
        quarter = new ServedQuarter(Instant.parse("2024-07-10T08:00:00Z"));
        GoalStructure a = TestStructures.structureA();
        GoalStructure b = TestStructures.structureB();
        quarter.putReference(b, 2024);
        quarter.putReference(a, 2019);
        for (int q = 1; q <= 4; q++) {
            WORKBOOKS.put("template A 2019-Q" + q, quarter.template(new Period(2019, q), "nord"));
            WORKBOOKS.put("template B 2024-Q" + q, quarter.template(new Period(2024, q), "nord"));
        }
        WORKBOOKS.put("reference A 2019", quarter.referenceWorkbook(a, 2019));
        WORKBOOKS.put("reference B 2024", quarter.referenceWorkbook(b, 2024));
        WORKBOOKS.put("reference B 2025 (empty)", quarter.referenceWorkbook(b, 2025));

        quarter.submit(B_Q1, "nord", quarter.filledTemplate(B_Q1, "nord", FilledTemplates.B_Q2_MET));
        WORKBOOKS.put("annotated stored, valid", quarter.submit(B_Q2, "nord", quarter.filledTemplate(B_Q2, "nord", FilledTemplates.B_Q2_MET)));
        Map<String, Object> wrong = new HashMap<>(FilledTemplates.B_Q2_MET);
        wrong.put("kunder_tidiga_skeden", 10);
        wrong.put("unika_kunder", "många");
        byte[] mitt = quarter.filledTemplate(B_Q2, "mitt", wrong);
        WORKBOOKS.put("annotated dry run, errors", quarter.dryRun(B_Q2, "mitt", mitt));
        byte[] annotated = quarter.submit(B_Q2, "mitt", mitt);
        WORKBOOKS.put("annotated stored, errors", annotated);
        quarter.reviews.decide(B_Q2.toString(), "mitt", 0, goalbook.storage.ReviewState.RETURNED, "Unika kunder ska vara ett tal & <kontrolleras>",
                null, List.of(new goalbook.storage.ReviewStore.NewComment("andel_kvinnor", "Stämmer andelen? " + "Lång kommentar. ".repeat(40))),
                goalbook.storage.Actor.named("Koncerncontroller"));
        byte[] fixed = FilledTemplates.fill(annotated, Map.of("unika_kunder", 100));
        WORKBOOKS.put("annotated resent, fixed", quarter.submit(B_Q2, "mitt", fixed));
        WORKBOOKS.put("annotated resent, unchanged", quarter.submit(B_Q2, "mitt", annotated));
        // fixed with openpyxl, which saves every text (the status labels too) as an inline string
        WORKBOOKS.put("annotated resent, saved with inline strings",
                quarter.submit(B_Q2, "mitt", InlineStrings.resave(FilledTemplates.fill(annotated, Map.of("kunder_tidiga_skeden", 85)))));
        WORKBOOKS.put("annotated A 2019-Q4", quarter.submit(A_Q4, "nord", quarter.filledTemplate(A_Q4, "nord", Fixtures.inputsA())));

        WORKBOOKS.put("consolidated B", quarter.workbooks.consolidated(B_Q2));
        WORKBOOKS.put("board B draft", quarter.workbooks.board(B_Q2, null));
        WORKBOOKS.put("regional board B draft", quarter.workbooks.board(B_Q2, quarter.regions.byId("nord").orElseThrow()));
        quarter.periods.approve(B_Q2, goalbook.storage.Actor.named("controller"), true, true, "två regioner räcker för testet");
        WORKBOOKS.put("board B approved", quarter.workbooks.board(B_Q2, null));
        WORKBOOKS.put("regional board B approved", quarter.workbooks.board(B_Q2, quarter.regions.byId("mitt").orElseThrow()));
        quarter.periods.reopen(B_Q2, "controller", "Mitt & Nord rättar <NPS>");
        WORKBOOKS.put("board B superseded", quarter.workbooks.supersededBoard(B_Q2).orElseThrow());
        WORKBOOKS.put("consolidated A", quarter.workbooks.consolidated(A_Q4));
        WORKBOOKS.put("board A draft", quarter.workbooks.board(A_Q4, null));
        WORKBOOKS.put("regional board A draft", quarter.workbooks.board(A_Q4, quarter.regions.byId("nord").orElseThrow()));

        // sixteen regions with trends: every chart and table filled
        BoardFixtures f = new BoardFixtures(2);
        WORKBOOKS.put("consolidated, 16 regions", new ConsolidatedWorkbook().render(f.s, f.period, f.c, f.regions, f.sources, f.trend(),
                BoardFixtures.GENERATED));
        WORKBOOKS.put("board, 16 regions, draft", new BoardWorkbook().render(f.s, f.period, f.c, new BoardScope(null, "Almi – koncernen"),
                true, BoardFixtures.GENERATED, f.sources, f.trend(), "UTKAST – ej godkänt"));
        WORKBOOKS.put("regional board, 16 regions, approved", new BoardWorkbook().render(f.s, f.period, f.c,
                new BoardScope("nord", "Almi Nord"), false, BoardFixtures.GENERATED, f.sources, f.trend(), "Godkänt 2024-07-20 av Eva Ek"));
        lookable();
    }

    @AfterAll
    static void close() {
        quarter.close();
    }

    @TestFactory
    Stream<DynamicTest> everyProducedWorkbook_opensInExcelWithoutRepair() {
        return WORKBOOKS.entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> OoxmlConformance.assertValid(e.getValue(), e.getKey())));
    }

    /** With -Dgoalbook.look=target/look/conformance every workbook is also written there, to open and look at. */
    private static void lookable() throws IOException {
        String dir = System.getProperty("goalbook.look");
        if (dir != null) {
            Path out = Files.createDirectories(Path.of(dir));
            for (Map.Entry<String, byte[]> e : WORKBOOKS.entrySet()) {
                Files.write(out.resolve(e.getKey().replaceAll("[^A-Za-z0-9-]+", "_") + ".xlsx"), e.getValue());
            }
        }
    }
}
