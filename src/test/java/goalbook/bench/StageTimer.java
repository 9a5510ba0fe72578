package goalbook.bench;

import goalbook.FilledTemplates;
import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.History;
import goalbook.evaluation.Report;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import goalbook.workbook.upload.Annotator;
import goalbook.workbook.upload.ReadWorkbook;
import goalbook.workbook.template.TemplateRenderer;
import goalbook.workbook.intake.UploadLimits;
import goalbook.workbook.intake.UploadPrescan;
import goalbook.workbook.upload.WorkbookReader;
import java.math.BigDecimal;
import java.util.Map;

/** Times each stage of one upload in-process (pre-scan, read, evaluate, annotate): where the milliseconds go. */
public final class StageTimer {
    public static void main(String[] args) {
        GoalStructure s = TestStructures.structureB();
        Period p = new Period(2024, 2);
        Map<String, BigDecimal> ref = Map.of("jmf_andel_kvinnor", new BigDecimal("0.3"), "jmf_andel_utlandsk", new BigDecimal("0.2"),
                "plan_utbetalda_lan", new BigDecimal("50000000"), "plan_avslutade_insatser", new BigDecimal("100"),
                "plan_kostnad_per_insats", new BigDecimal("35000"));
        byte[] tpl = new TemplateRenderer().render(s, new Region("nord", "Almi Nord"), p, ref);
        byte[] filled = FilledTemplates.fill(tpl, FilledTemplates.B_Q2_MET);
        WorkbookReader reader = new WorkbookReader();
        Evaluator evaluator = new Evaluator();
        Annotator annotator = new Annotator();
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        long[] t = new long[4];
        for (int i = 0; i < n * 2; i++) {
            boolean measure = i >= n;
            long a = System.nanoTime();
            UploadPrescan.check(filled, UploadLimits.DEFAULT);
            long b = System.nanoTime();
            ReadWorkbook read = reader.read(filled, s, p);
            long c = System.nanoTime();
            Report r = evaluator.evaluate(new EvaluationInput(s, p, "nord", read.inputs(), ref, History.NONE));
            long d = System.nanoTime();
            annotator.annotate(filled, s, r, read.inputs(), "Almi Nord");
            long e = System.nanoTime();
            if (measure) {
                t[0] += b - a;
                t[1] += c - b;
                t[2] += d - c;
                t[3] += e - d;
            }
        }
        System.out.printf("per upload (mean of %d, warm): prescan %.2f ms, read %.2f ms, evaluate %.2f ms, annotate %.2f ms%n", n,
                t[0] / 1e6 / n, t[1] / 1e6 / n, t[2] / 1e6 / n, t[3] / 1e6 / n);
    }
}
