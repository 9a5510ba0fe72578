package goalbook.workbook.upload;

import goalbook.workbook.intake.XmlWalk;
import java.util.HashMap;
import java.util.Map;
import java.util.function.BiPredicate;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the cells a report needs from one worksheet part as it streams past, e.g. only
 * {@code C14} and {@code B26} of {@code Inrapportering}; every other cell is skipped without being
 * kept. A cell without {@code r} follows the one before it, as Excel reads it. A shared formula's
 * text is moved from its first cell, so a message can quote it.
 */
final class SheetCells extends XmlWalk {
    private final BiPredicate<Integer, Integer> wanted;
    private final Map<Long, RawCell> cells = new HashMap<>();
    private final Map<String, SharedFormula> shared = new HashMap<>();

    private int row = -1;
    private int col = -1;
    private boolean inCell;
    private String type;
    private String value;
    private String formula;
    private String formulaKind;
    private String formulaSi;
    private String formulaRef;
    private StringBuilder inlineT;
    private StringBuilder inlineRuns;
    private boolean inInline;
    private boolean inRun;
    private boolean inPhonetic;

    private SheetCells(BiPredicate<Integer, Integer> wanted) {
        this.wanted = wanted;
    }

    /** The wanted cells that are present in the part, by {@link CellAt#key}; absent cells are empty. */
    static Map<Long, RawCell> read(byte[] sheet, BiPredicate<Integer, Integer> wanted) {
        SheetCells s = new SheetCells(wanted);
        s.walk(sheet);
        return s.cells;
    }

    @Override
    protected boolean start(XMLStreamReader r, int depth) {
        String name = r.getLocalName();
        if (!inCell) {
            if (name.equals("row")) {
                String at = attribute(r, "r");
                row = at == null ? row + 1 : parseRow(at, row + 1);
                col = -1;
            } else if (name.equals("c")) {
                startCell(r);
            }
            return false;
        }
        switch (name) {
            case "v" -> {
                return true;
            }
            case "f" -> {
                formulaKind = attribute(r, "t");
                formulaSi = attribute(r, "si");
                formulaRef = attribute(r, "ref");
                return true;
            }
            case "is" -> {
                inInline = true;
                inlineT = null;
                inlineRuns = null;
            }
            case "r" -> inRun = inInline;
            case "rPh" -> inPhonetic = true;
            case "t" -> {
                return inInline && !inPhonetic;
            }
            default -> { }
        }
        return false;
    }

    private void startCell(XMLStreamReader r) {
        String at = attribute(r, "r");
        CellAt parsed = at == null ? null : CellAt.parse(at);
        if (parsed != null) {
            col = parsed.col();
            if (row < 0) {
                row = parsed.row();
            }
        } else {
            col++;
        }
        inCell = true;
        String t = attribute(r, "t");
        type = t == null ? "n" : t;
        value = null;
        formula = null;
        formulaKind = null;
        formulaSi = null;
        formulaRef = null;
        inlineT = null;
        inlineRuns = null;
    }

    @Override
    protected void end(String name, int depth, String text) {
        if (!inCell) {
            return;
        }
        switch (name) {
            case "v" -> value = text;
            case "f" -> formula = text;
            case "t" -> {
                if (text != null) {
                    if (inRun) {
                        (inlineRuns == null ? inlineRuns = new StringBuilder() : inlineRuns).append(text);
                    } else {
                        (inlineT == null ? inlineT = new StringBuilder() : inlineT).append(text);
                    }
                }
            }
            case "r" -> inRun = false;
            case "rPh" -> inPhonetic = false;
            case "is" -> inInline = false;
            case "c" -> endCell();
            default -> { }
        }
    }

    private void endCell() {
        inCell = false;
        String text = formula;
        if ("shared".equals(formulaKind) && formulaSi != null) {
            if (formula != null && !formula.isEmpty() && formulaRef != null) {
                shared.put(formulaSi, new SharedFormula(formula, row, col));
            } else {
                SharedFormula master = shared.get(formulaSi);
                text = master == null ? formula : master.movedTo(row, col);
            }
        }
        if (row >= 0 && col >= 0 && wanted.test(row, col)) {
            String inline = inlineRuns != null ? inlineRuns.toString() : inlineT != null ? inlineT.toString() : null;
            cells.put(CellAt.key(row, col), new RawCell(type, value, text, inline));
        }
    }

    private static int parseRow(String r, int fallback) {
        try {
            return Integer.parseInt(r.strip()) - 1;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
