package goalbook.bench;

import goalbook.FilledTemplates;
import goalbook.evaluation.EvaluationInput;
import goalbook.evaluation.Evaluator;
import goalbook.evaluation.History;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import goalbook.workbook.intake.PrescannedUpload;
import goalbook.workbook.template.TemplateRenderer;
import goalbook.workbook.intake.UploadLimits;
import goalbook.workbook.intake.UploadPrescan;
import goalbook.workbook.upload.WorkbookReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reading one filled 2024-Q4 template (every input of structure B) as its peers would, in one run:
 * the floor (the JDK's unzip and StAX over every XML part, nothing kept; and the same with Woodstox,
 * which Goalbook reads with), plain POI (open the workbook, read every named input), openpyxl through {@code /usr/bin/python3} (load, read every named input),
 * and Goalbook's report path (pre-scan, streaming read, evaluate). Prints p50/p95 and the ratios.
 * Run: {@code mvn -q -Pbench test-compile exec:exec -Dbench.main=goalbook.bench.ReadingPeers}.
 */
public final class ReadingPeers {
    private static final int N = Integer.getInteger("bench.n", 300);
    private static final Map<String, BigDecimal> REF = Map.of("jmf_andel_kvinnor", new BigDecimal("0.3"),
            "jmf_andel_utlandsk", new BigDecimal("0.2"), "plan_utbetalda_lan", new BigDecimal("50000000"),
            "plan_avslutade_insatser", new BigDecimal("100"), "plan_kostnad_per_insats", new BigDecimal("35000"));

    private ReadingPeers() {}

    private interface Run {
        void once() throws Exception;
    }

    public static void main(String[] args) throws Exception {
        GoalStructure s = TestStructures.structureB();
        Period p = new Period(2024, 4);
        byte[] tpl = new TemplateRenderer().render(s, new Region("nord", "Almi Nord"), p, REF);
        byte[] filled = FilledTemplates.fillDue(tpl, FilledTemplates.B_Q2_MET);
        System.out.printf(Locale.ROOT, "one filled 2024-Q4 template, %d bytes; %d warm runs each, then %d each in turns%n", filled.length, WARM, N);
        Evaluator evaluator = new Evaluator();
        Run[] runs = {() -> floor(filled, JDK), () -> floor(filled, WOODSTOX), () -> poi(filled), () -> {
            PrescannedUpload upload = UploadPrescan.check(filled, UploadLimits.DEFAULT);
            WorkbookReader.identity(upload);
            SubmittedInputs inputs = WorkbookReader.inputs(upload, s, p);
            evaluator.evaluate(new EvaluationInput(s, p, "nord", inputs, REF, History.NONE));
        }};
        double[][] timed = time(runs);
        double[] floor = timed[0];
        double[] woodstoxFloor = timed[1];
        double[] poi = timed[2];
        double[] goalbook = timed[3];
        double[] openpyxl = openpyxl(filled);
        System.out.println("| reader, same workbook | p50 | p95 | vs floor | heap allocated per read |");
        System.out.println("|---|---|---|---|---|");
        row("JDK unzip + StAX over every XML part (the floor)", floor, floor);
        row("the same with Woodstox, the StAX parser Goalbook reads with", woodstoxFloor, floor);
        row("plain POI XSSFWorkbook, read the named inputs", poi, floor);
        if (openpyxl == null) {
            System.out.println("| openpyxl | skipped: /usr/bin/python3 with openpyxl not found | | | |");
        } else {
            row("openpyxl, load and read the named inputs", openpyxl, floor);
        }
        row("Goalbook report path (pre-scan + read + evaluate)", goalbook, floor);
        System.out.printf(Locale.ROOT, "Goalbook vs floor: %.2f× (target ≤ 1.5×); vs the Woodstox floor: %.2f×; vs plain POI: %.1f× faster%s%n",
                goalbook[0] / floor[0], goalbook[0] / woodstoxFloor[0], poi[0] / goalbook[0],
                openpyxl == null ? "" : String.format(Locale.ROOT, "; vs openpyxl: %.1f× faster (target ≥ 10×)", openpyxl[0] / goalbook[0]));
    }

    /** p50, p95, the ratio to the floor and, for a reader in this JVM, the heap it allocates per read (what one read can hold at most). */
    private static void row(String what, double[] t, double[] floor) {
        System.out.printf(Locale.ROOT, "| %s | %.2f ms | %.2f ms | %.2f× | %s |%n", what, t[0], t[1], t[0] / floor[0],
                t.length > 2 ? String.format(Locale.ROOT, "%.0f KiB", t[2]) : "(its own process)");
    }

    /** Warm-up runs of each reader before any clock starts: code run once per read needs thousands for the JIT. */
    private static final int WARM = Integer.getInteger("bench.warm", 2_000);

    /**
     * p50 and p95 in ms of each of {@code runs}, {@code N} runs each after {@link #WARM} warm-up runs and a wait for the
     * JIT to be idle; measured in turns (one of each, then again), so noise on the shared machine falls on all alike.
     */
    private static double[][] time(Run... runs) throws Exception {
        for (int i = 0; i < WARM; i++) {
            for (Run run : runs) {
                run.once();
            }
        }
        JitSettle.await();
        double[][] ms = new double[runs.length][N];
        long[] allocated = new long[runs.length];
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long me = Thread.currentThread().getId();
        for (int i = 0; i < N; i++) {
            for (int r = 0; r < runs.length; r++) {
                long bytes = threads.getThreadAllocatedBytes(me);
                long a = System.nanoTime();
                runs[r].once();
                ms[r][i] = (System.nanoTime() - a) / 1e6;
                allocated[r] += threads.getThreadAllocatedBytes(me) - bytes;
            }
        }
        double[][] out = new double[runs.length][];
        for (int r = 0; r < runs.length; r++) {
            double[] p = percentiles(ms[r]);
            out[r] = new double[] {p[0], p[1], allocated[r] / (double) N / 1024};
        }
        return out;
    }

    private static double[] percentiles(double[] ms) {
        double[] sorted = ms.clone();
        Arrays.sort(sorted);
        return new double[] {sorted[(int) Math.ceil(0.50 * sorted.length) - 1], sorted[(int) Math.ceil(0.95 * sorted.length) - 1]};
    }

    /** Made once, as Goalbook makes its own: the floor is the parsing, not looking for a parser. */
    private static final XMLInputFactory JDK = safe(XMLInputFactory.newDefaultFactory());
    private static final XMLInputFactory WOODSTOX = safe(new com.ctc.wstx.stax.WstxInputFactory());

    private static XMLInputFactory safe(XMLInputFactory f) {
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f;
    }

    private static void floor(byte[] bytes, XMLInputFactory f) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                if (e.getName().endsWith(".xml") || e.getName().endsWith(".rels")) {
                    XMLStreamReader r = f.createXMLStreamReader(new FilterInputStream(zip) {
                        @Override
                        public void close() {}
                    });
                    while (r.hasNext()) {
                        r.next();
                    }
                    r.close();
                }
            }
        }
    }

    private static void poi(byte[] bytes) throws Exception {
        try (InputStream in = new ByteArrayInputStream(bytes); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            for (Name n : wb.getAllNames()) {
                if (n.getNameName().startsWith("gb_") || n.getRefersToFormula() == null || n.isFunctionName()) {
                    continue;
                }
                try {
                    AreaReference area = new AreaReference(n.getRefersToFormula(), SpreadsheetVersion.EXCEL2007);
                    CellReference ref = area.getFirstCell();
                    var sheet = wb.getSheet(ref.getSheetName());
                    var row = sheet == null ? null : sheet.getRow(ref.getRow());
                    Cell c = row == null ? null : row.getCell(ref.getCol());
                    if (c != null && c.getCellType() == CellType.NUMERIC) {
                        c.getNumericCellValue();
                    } else if (c != null) {
                        c.toString();
                    }
                } catch (IllegalArgumentException | IllegalStateException ignored) {
                    // a name that is not a plain reference: skipped, as a script would
                }
            }
        }
    }

    /** openpyxl's own timings, in one Python process (no process start counted); null when it is not installed. */
    private static double[] openpyxl(byte[] bytes) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        if (!Files.isExecutable(python)) {
            return null;
        }
        Path file = Files.createTempFile("goalbook-peer", ".xlsx");
        Files.write(file, bytes);
        String script = """
                import sys, time
                try:
                    import openpyxl
                except ImportError:
                    print("missing"); sys.exit(0)
                import warnings; warnings.simplefilter("ignore")
                path, n = sys.argv[1], int(sys.argv[2])
                def once():
                    wb = openpyxl.load_workbook(path, data_only=True)
                    for dn in wb.defined_names.definedName:
                        if dn.name.startswith("gb_"):
                            continue
                        try:
                            for title, coord in dn.destinations:
                                wb[title][coord.replace("$", "").split(":")[0]].value
                        except Exception:
                            pass
                for _ in range(n): once()
                out = []
                for _ in range(n):
                    a = time.perf_counter(); once(); out.append((time.perf_counter() - a) * 1000)
                print(" ".join("%.4f" % x for x in out))
                """;
        int n = Math.max(20, N / 10);
        Process proc = new ProcessBuilder(python.toString(), "-c", script, file.toString(), Integer.toString(n)).redirectErrorStream(true).start();
        String out = new String(proc.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        proc.waitFor();
        Files.deleteIfExists(file);
        if (out.equals("missing") || out.isEmpty()) {
            return null;
        }
        List<Double> ms = new ArrayList<>();
        for (String x : out.split("\\s+")) {
            ms.add(Double.parseDouble(x));
        }
        return percentiles(ms.stream().mapToDouble(Double::doubleValue).toArray());
    }
}
