package goalbook.workbook;

import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Severity;

/**
 * How a cell is marked in an annotated copy, e.g. {@code ERROR} → light red fill {@code FFC7CE}. A warning is
 * orange, so it stands out from the yellow of the input and comment cells it usually marks.
 */
public enum MarkKind {
    ERROR("FFC7CE"), WARNING("F4B084"), MET("C6EFCE"), NOT_MET("FFC7CE"), OTHER("D9D9D9");

    private final String rgb;

    MarkKind(String rgb) {
        this.rgb = rgb;
    }

    /** Fill colour as six hex digits. */
    public String rgb() {
        return rgb;
    }

    /** Fill colour as four bytes, opaque alpha first: the schema wants ARGB ({@code FFFFC7CE}), never six digits. */
    public byte[] rgbBytes() {
        byte[] b = new byte[4];
        b[0] = (byte) 0xFF;
        for (int i = 0; i < 3; i++) {
            b[i + 1] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    public static MarkKind of(Severity severity) {
        return severity == Severity.ERROR ? ERROR : WARNING;
    }

    public static MarkKind of(GoalStatus status) {
        return switch (status) {
            case MET -> MET;
            case NOT_MET -> NOT_MET;
            default -> OTHER;
        };
    }
}
