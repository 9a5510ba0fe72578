package goalbook.goals;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Rules for ids that become Excel defined names, e.g. {@code unika_kunder} (valid) or {@code nps1} (a cell). */
public final class ExcelNames {
    /** Prefix reserved for names Goalbook writes itself (identity, status and comment cells). */
    public static final String RESERVED_PREFIX = "gb_";

    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    private static final Pattern A1 = Pattern.compile("([a-z]{1,3})([0-9]+)");
    private static final Pattern R1C1 = Pattern.compile("r[0-9]*(c[0-9]*)?|c[0-9]*");
    private static final int LAST_COLUMN = 16384; // XFD

    private ExcelNames() {}

    /** Why {@code id} cannot be a measure or goal id, or empty when it can. */
    public static Optional<String> problemWith(String id) {
        if (id == null || !SHAPE.matcher(id).matches()) {
            return Optional.of("id '" + id + "' must be lowercase ASCII letters, digits and '_', starting with a letter, at most 64 characters");
        }
        if (id.startsWith(RESERVED_PREFIX)) {
            return Optional.of("id '" + id + "' uses the reserved prefix '" + RESERVED_PREFIX + "'");
        }
        if (looksLikeCell(id)) {
            return Optional.of("id '" + id + "' looks like a cell reference, which Excel does not allow as a name");
        }
        if (id.equals("true") || id.equals("false")) {
            return Optional.of("id '" + id + "' is a logical value in Excel");
        }
        return Optional.empty();
    }

    static boolean looksLikeCell(String id) {
        if (R1C1.matcher(id).matches()) {
            return true;
        }
        Matcher m = A1.matcher(id);
        return m.matches() && columnNumber(m.group(1)) <= LAST_COLUMN;
    }

    private static int columnNumber(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'a' + 1);
        }
        return n;
    }
}
