package goalbook.workbook.intake;

import goalbook.workbook.SwedishCount;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts, while the pre-scan streams the parts, what the spreadsheet XML declares and refuses past
 * {@link ContentLimits}, e.g. the 50 001st {@code <row>} of one sheet → {@code too_many_rows}, the
 * 100 001st {@code <si>} → {@code too_many_shared_strings}. Counted by element in the SpreadsheetML
 * namespace, whatever the part is called, so a renamed part is counted all the same.
 */
final class PartBounds {
    static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    private final ContentLimits limits;
    private int cells;
    private int strings;
    private int names;
    private int rows;
    private String part = "";
    /** Characters in the current {@code t}/{@code v} (text) or {@code f}/{@code definedName} (formula); -1 outside. */
    private int textLength = -1;
    private int textLimit;
    private Refusal textRefusal;
    /** The refusal this counter threw, so the zip pass can let a zip limit of the same entry speak first. */
    WorkbookRefusedException refused;

    PartBounds(ContentLimits limits) {
        this.limits = limits;
    }

    void startPart(String name) {
        part = name;
        rows = 0;
        textLength = -1;
    }

    void start(XMLStreamReader r) {
        if (!MAIN.equals(r.getNamespaceURI())) {
            return;
        }
        switch (r.getLocalName()) {
            case "row" -> {
                if (++rows > limits.maxRowsPerSheet()) {
                    throw refuse(Refusal.TOO_MANY_ROWS, part, SwedishCount.of(limits.maxRowsPerSheet()));
                }
            }
            case "c" -> {
                if (++cells > limits.maxCells()) {
                    throw refuse(Refusal.TOO_MANY_CELLS, SwedishCount.of(limits.maxCells()));
                }
            }
            case "si" -> {
                if (++strings > limits.maxSharedStrings()) {
                    throw refuse(Refusal.TOO_MANY_SHARED_STRINGS, SwedishCount.of(limits.maxSharedStrings()));
                }
            }
            case "definedName" -> {
                if (++names > limits.maxDefinedNames()) {
                    throw refuse(Refusal.TOO_MANY_NAMES, SwedishCount.of(limits.maxDefinedNames()));
                }
                track(limits.maxFormulaLength(), Refusal.FORMULA_TOO_LONG);
            }
            case "f" -> track(limits.maxFormulaLength(), Refusal.FORMULA_TOO_LONG);
            case "t", "v" -> track(limits.maxTextLength(), Refusal.TEXT_TOO_LONG);
            default -> { }
        }
    }

    private void track(int limit, Refusal refusal) {
        textLength = 0;
        textLimit = limit;
        textRefusal = refusal;
    }

    void text(XMLStreamReader r) {
        if (textLength >= 0) {
            textLength += r.getTextLength();
            if (textLength > textLimit) {
                throw refuse(textRefusal, SwedishCount.of(textLimit));
            }
        }
    }

    private WorkbookRefusedException refuse(Refusal r, Object... args) {
        refused = r.exception(args);
        return refused;
    }

    void end() {
        textLength = -1;
    }
}
