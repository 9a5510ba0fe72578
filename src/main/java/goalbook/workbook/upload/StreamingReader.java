package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.TemplateLayout;
import goalbook.workbook.intake.PrescannedUpload;
import goalbook.workbook.intake.Relationships;
import goalbook.workbook.intake.Refusal;
import goalbook.workbook.intake.WorkbookPart;
import goalbook.evaluation.Problem;
import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a pre-scanned upload with StAX alone, from the parts the pre-scan kept: the identity and each
 * due measure by defined name (e.g. {@code unika_kunder} → 1200 from {@code Inrapportering!C24}), and
 * the comments {@code gb_comment_*}. Only the named cells are kept while a sheet streams past, and only
 * the shared strings they use.
 */
final class StreamingReader {
    static final String SHEET_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
    static final String TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml";
    static final String SHARED_STRINGS = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedstrings+xml";

    private final PrescannedUpload upload;
    final WorkbookPart workbook;
    private final Map<String, String> targets;

    /** A named cell: its sheet as the workbook names it, the sheet's part and the position. */
    record Located(WorkbookPart.Sheet sheet, String part, CellAt at) {
        String address() {
            return sheet.name() + "!" + at.a1();
        }
    }

    private StreamingReader(PrescannedUpload upload, WorkbookPart workbook, Map<String, String> targets) {
        this.upload = upload;
        this.workbook = workbook;
        this.targets = targets;
    }

    static StreamingReader of(PrescannedUpload upload) {
        String main = upload.partOfType(SHEET_MAIN);
        if (main == null || upload.part(main) == null) {
            main = upload.partOfType(TEMPLATE_MAIN);
        }
        byte[] xml = upload.part(main);
        if (xml == null) {
            throw UploadedWorkbook.unreadable();
        }
        return new StreamingReader(upload, WorkbookPart.read(xml), Relationships.of(upload, main));
    }

    TemplateIdentity identity() {
        return StreamingIdentity.read(this);
    }

    SubmittedInputs inputs(GoalStructure s, Period period) {
        Map<String, Located> inputs = new LinkedHashMap<>();
        Map<String, Located> commentCells = new LinkedHashMap<>();
        for (Measure m : s.regionInputsDueIn(period.quarter())) {
            inputs.put(m.id(), locate(m.id()));
        }
        for (Goal g : s.goalsDueIn(period.quarter())) {
            commentCells.put(g.id(), locate(TemplateLayout.comment(g.id())));
        }
        List<Located> all = new ArrayList<>(inputs.values());
        all.addAll(commentCells.values());
        Map<String, RawCell> cells = cells(all);

        Map<String, BigDecimal> values = new LinkedHashMap<>();
        Map<String, String> addresses = new LinkedHashMap<>();
        Map<String, String> comments = new LinkedHashMap<>();
        Map<String, String> commentAddresses = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Measure m : s.regionInputsDueIn(period.quarter())) {
            Located at = inputs.get(m.id());
            if (at == null) {
                problems.add(Problem.error("input_missing_from_workbook", m.id(), null, "Uppgiften ”" + m.label() + "” (" + m.id()
                        + ") finns inte i arbetsboken: cellens namn har tagits bort eller pekar på en borttagen cell. "
                        + "Ladda ner en ny mall för perioden, för över uppgifterna och skicka igen."));
                continue;
            }
            addresses.put(m.id(), at.address());
            CellReading.Outcome o = CellReading.read(cells.get(at.address()), m, at.address());
            if (o.value() != null) {
                values.put(m.id(), o.value());
            }
            if (o.problem() != null) {
                problems.add(o.problem());
            }
        }
        commentCells.forEach((goal, at) -> {
            if (at != null) {
                commentAddresses.put(goal, at.address());
                String text = RawCellText.of(cells.get(at.address())).strip();
                if (!text.isEmpty()) {
                    comments.put(goal, text);
                }
            }
        });
        return new SubmittedInputs(values, addresses, comments, commentAddresses, problems);
    }

    /** The cell behind a defined name (the workbook-scoped one, else the first), or null when it points at none. */
    Located locate(String nameText) {
        List<WorkbookPart.Name> names = workbook.named(nameText);
        WorkbookPart.Name name = names.stream().filter(n -> !n.sheetScoped()).findFirst().orElse(names.isEmpty() ? null : names.get(0));
        NameRef ref = name == null ? null : NameRef.parse(name.refersTo());
        return ref == null ? null : locate(ref.sheet(), ref.first());
    }

    Located locate(String sheetName, CellAt at) {
        WorkbookPart.Sheet sheet = workbook.sheet(sheetName);
        String part = sheet == null ? null : targets.get(sheet.relationId());
        return part == null || upload.part(part) == null ? null : new Located(sheet, part, at);
    }

    /** The raw cells at {@code places} by address, each sheet streamed once, shared strings resolved. */
    Map<String, RawCell> cells(List<Located> places) {
        Map<String, Set<Long>> byPart = new LinkedHashMap<>();
        for (Located l : places) {
            if (l != null) {
                byPart.computeIfAbsent(l.part(), p -> new HashSet<>()).add(l.at().key());
            }
        }
        Map<String, Map<Long, RawCell>> read = new HashMap<>();
        byPart.forEach((part, keys) -> read.put(part, SheetCells.read(upload.part(part), (r, c) -> keys.contains(CellAt.key(r, c)))));
        Map<String, RawCell> byAddress = new HashMap<>();
        for (Located l : places) {
            if (l != null) {
                RawCell c = read.get(l.part()).get(l.at().key());
                if (c != null) {
                    byAddress.put(l.address(), c);
                }
            }
        }
        return resolveStrings(byAddress);
    }

    /** Cells of type "s" get their text from the shared strings in place of the index. */
    <K> Map<K, RawCell> resolveStrings(Map<K, RawCell> cells) {
        Set<Integer> wanted = new HashSet<>();
        cells.values().forEach(c -> {
            Integer i = stringIndex(c);
            if (i != null) {
                wanted.add(i);
            }
        });
        if (wanted.isEmpty()) {
            return cells;
        }
        Map<Integer, String> strings = SharedStrings.read(upload.part(upload.partOfType(SHARED_STRINGS)), wanted);
        Map<K, RawCell> out = new HashMap<>();
        cells.forEach((k, c) -> {
            Integer i = stringIndex(c);
            if (i != null && !strings.containsKey(i)) {
                throw Refusal.CORRUPT.exception(); // an index past the shared strings: the file is damaged
            }
            out.put(k, i == null ? c : c.withSharedString(strings.get(i) == null ? "" : strings.get(i)));
        });
        return out;
    }

    private static Integer stringIndex(RawCell c) {
        if (!c.type().equals("s") || c.value() == null || c.value().isBlank()) {
            return null;
        }
        try {
            return Integer.parseInt(c.value().strip());
        } catch (NumberFormatException e) {
            throw Refusal.CORRUPT.exception();
        }
    }

    PrescannedUpload upload() {
        return upload;
    }
}
