package goalbook.workbook;

/**
 * What one Excel cell can hold, applied to every text Goalbook writes into a workbook, so a stored
 * version can never make a workbook fail or open repaired: at most 32 767 characters in a cell or a
 * note (a longer text is cut with a visible mark; the whole text stays in the stored report and the
 * JSON answers), and rows at most 409 points high, however much text they wrap.
 */
public final class ExcelText {
    public static final int MAX_CELL_CHARS = 32_767;
    public static final float MAX_ROW_POINTS = 409f;
    public static final String CUT_MARK = " … [texten är avkortad här; hela texten finns sparad i Goalbook]";

    private ExcelText() {}

    /** {@code text} as it fits in one cell, e.g. 40 000 characters → the first 32 703 and the mark; null stays null. */
    public static String fit(String text) {
        if (text == null || text.length() <= MAX_CELL_CHARS) {
            return text;
        }
        int end = MAX_CELL_CHARS - CUT_MARK.length();
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character: an emoji is two chars
        }
        return text.substring(0, end) + CUT_MARK;
    }

    /** Excel's limit for a printed header or footer section, its codes included. */
    public static final int MAX_HEADER_CHARS = 255;

    /**
     * {@code text} as a printed header or footer section: "&" doubled (else it starts a code) and cut
     * to what Excel accepts, e.g. "Nord & Syd" → "Nord && Syd".
     */
    public static String fitHeaderFooter(String text) {
        String escaped = text.replace("&", "&&");
        if (escaped.length() <= MAX_HEADER_CHARS) {
            return escaped;
        }
        int end = MAX_HEADER_CHARS - 1;
        while (end > 0 && (Character.isHighSurrogate(escaped.charAt(end - 1)) || escaped.charAt(end - 1) == '&')) {
            end--; // neither half a character nor half an escaped "&&"
        }
        return escaped.substring(0, end) + "…";
    }

    /** A row height Excel accepts: {@code points}, at most {@link #MAX_ROW_POINTS}. */
    public static float rowPoints(float points) {
        return Math.min(points, MAX_ROW_POINTS);
    }
}
