package goalbook.workbook;

import goalbook.evaluation.GoalStatus;
import goalbook.evaluation.Severity;

/** How a cell is marked in an annotated copy, e.g. {@code ERROR} → light red fill {@code FFC7CE}. */
enum MarkKind {
    ERROR("FFC7CE"), WARNING("FFE699"), MET("C6EFCE"), NOT_MET("FFC7CE"), OTHER("D9D9D9");

    private final String rgb;

    MarkKind(String rgb) {
        this.rgb = rgb;
    }

    /** Fill colour as six hex digits. */
    String rgb() {
        return rgb;
    }

    byte[] rgbBytes() {
        byte[] b = new byte[3];
        for (int i = 0; i < 3; i++) {
            b[i] = (byte) Integer.parseInt(rgb.substring(2 * i, 2 * i + 2), 16);
        }
        return b;
    }

    static MarkKind of(Severity severity) {
        return severity == Severity.ERROR ? ERROR : WARNING;
    }

    static MarkKind of(GoalStatus status) {
        return switch (status) {
            case MET -> MET;
            case NOT_MET -> NOT_MET;
            default -> OTHER;
        };
    }
}
