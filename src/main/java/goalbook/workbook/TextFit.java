package goalbook.workbook;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Sizes wrapped text the way Excel and LibreOffice break it, at word boundaries: e.g.
 * "8. Avslutade affärsutvecklingsinsatser" needs a column of at least 27 characters so that
 * its longest word is never split, and then two lines. Widths are in Excel's character units;
 * bold 11-point text takes about one unit a character, regular text about 0,85.
 */
public final class TextFit {

    /** Points per line of 11-point text, with the cell's padding. */
    public static final float LINE = 15f;
    /** Units a bold header needs beyond its longest word (cell padding and the wider glyphs of substitute fonts). */
    private static final int PADDING = 3;

    private TextFit() {}

    /** The longest word of any text, in characters; "–" and numbers count as words. */
    public static int longestWord(String... texts) {
        int longest = 0;
        for (String text : texts) {
            for (String word : text.split("\\s+")) {
                longest = Math.max(longest, word.length());
            }
        }
        return longest;
    }

    /** A bold header column's width in characters: at least {@code minimum}, and wide enough for every word. */
    public static int headerWidth(int minimum, String... texts) {
        return Math.max(minimum, longestWord(texts) + PADDING);
    }

    /** Lines {@code text} takes when wrapped at word boundaries into lines of {@code charsPerLine}. */
    public static int lines(String text, int charsPerLine) {
        int lines = 0;
        for (String paragraph : text.split("\n", -1)) {
            int used = 0;
            int count = 1;
            for (String word : paragraph.trim().split("\\s+")) {
                int len = word.length();
                if (used == 0) {
                    used = len;
                } else if (used + 1 + len <= charsPerLine) {
                    used += 1 + len;
                } else {
                    count++;
                    used = len;
                }
                // a word longer than the line is broken by the viewer: count the extra lines
                while (used > charsPerLine) {
                    count++;
                    used -= charsPerLine;
                }
            }
            lines += count;
        }
        return lines;
    }

    /** Bold text in a column {@code width} characters wide: characters per line. */
    public static int boldChars(int width) {
        return Math.max(1, width - 2);
    }

    /** Regular 11-point text in a column {@code width} characters wide: characters per line. */
    public static int plainChars(int width) {
        return Math.max(1, (int) (width * 1.15) - 2);
    }

    /** Raises {@code row} (never lowers it) to hold {@code lines} lines of 11-point text. */
    public static void atLeast(XSSFSheet sheet, int row, int lines) {
        XSSFRow r = sheet.getRow(row) != null ? sheet.getRow(row) : sheet.createRow(row);
        float height = Math.max(LINE, lines * LINE + 3f);
        if (height > r.getHeightInPoints()) {
            r.setHeightInPoints(ExcelText.rowPoints(height));
        }
    }
}
