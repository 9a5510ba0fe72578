package goalbook.workbook.upload;

import goalbook.workbook.Fixtures;
import goalbook.workbook.ScriptSavedCopy;
import goalbook.workbook.template.TemplateRenderer;
import goalbook.workbook.upload.WorkbookReader;
import goalbook.workbook.upload.ReadWorkbook;
import goalbook.workbook.upload.Annotator;
import goalbook.FilledTemplates;
import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.History;
import goalbook.evaluation.Report;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Annotated copies of real templates for looking at and for tests: structure B 2024-Q2 and structure A
 * 2019-Q4, each valid and invalid. {@code java ... goalbook.workbook.upload.AnnotatedSamples target/look}.
 */
final class AnnotatedSamples {

    private AnnotatedSamples() {}

    /** A filled template, evaluated and annotated as the server does it. */
    record Sample(GoalStructure s, Period period, byte[] uploaded, Report report, byte[] annotated) {}

    private static final Map<String, Sample> MADE = new java.util.concurrent.ConcurrentHashMap<>();

    /** Structure B, 2024-Q2; invalid: unika_kunder empty, kunder_kvinnor "fyrtio". Made once per test run. */
    static Sample b(boolean valid) {
        return MADE.computeIfAbsent("b" + valid, k -> makeB(valid));
    }

    /** Structure A, 2019-Q4; invalid: kundtid_timmar empty, insatser_totalt "många". Made once per test run. */
    static Sample a(boolean valid) {
        return MADE.computeIfAbsent("a" + valid, k -> makeA(valid));
    }

    private static Sample makeB(boolean valid) {
        Map<String, Object> v = new HashMap<>(Fixtures.inputsB());
        if (!valid) {
            v.put("unika_kunder", null);
            v.put("kunder_kvinnor", "fyrtio");
            v.put("avslutade_insatser", 150);
        }
        return sample(Fixtures.b(), new Period(2024, 2), v);
    }

    private static Sample makeA(boolean valid) {
        Map<String, Object> v = new HashMap<>(Fixtures.inputsA());
        if (!valid) {
            v.put("kundtid_timmar", null);
            v.put("insatser_totalt", "många");
        }
        return sample(Fixtures.a(), new Period(2019, 4), v);
    }

    static Sample sample(GoalStructure s, Period period, Map<String, Object> values) {
        byte[] template = new TemplateRenderer().render(s, Fixtures.REGION, period, Fixtures.reference(s));
        byte[] uploaded = FilledTemplates.fillDue(template, values);
        return annotate(s, period, uploaded);
    }

    static Sample annotate(GoalStructure s, Period period, byte[] uploaded) {
        ReadWorkbook read = new WorkbookReader().read(uploaded, s, period);
        Report report = new Evaluator().evaluate(new EvaluationInput(s, period, Fixtures.REGION.id(), read.inputs(),
                Fixtures.reference(s), History.NONE));
        byte[] annotated = new Annotator().annotate(uploaded, s, report, read.inputs(), Fixtures.REGION.name());
        return new Sample(s, period, uploaded, report, annotated);
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/look"));
        Files.write(out.resolve("b-giltig.xlsx"), b(true).annotated());
        Files.write(out.resolve("b-fel.xlsx"), b(false).annotated());
        Files.write(out.resolve("a-giltig.xlsx"), a(true).annotated());
        Files.write(out.resolve("a-fel.xlsx"), a(false).annotated());
        Sample b = b(false);
        Files.write(out.resolve("b-igen.xlsx"), annotate(b.s(), b.period(), ScriptSavedCopy.convert(b.annotated())).annotated());
    }
}
