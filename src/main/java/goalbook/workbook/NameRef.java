package goalbook.workbook;

/**
 * The area a defined name refers to, e.g. {@code 'gb_identitet'!$B$1:$B$6} → sheet gb_identitet,
 * rows 0–5 of column 1. Whole columns ({@code $B:$B}) and rows ({@code $3:$3}) span the grid. Null for
 * anything else (a formula, a constant, a list of areas, {@code #REF!}, no sheet): such a name points
 * at no cell.
 */
record NameRef(String sheet, int firstRow, int firstCol, int lastRow, int lastCol) {

    CellAt first() {
        return new CellAt(firstRow, firstCol);
    }

    long size() {
        return (long) (lastRow - firstRow + 1) * (lastCol - firstCol + 1);
    }

    boolean contains(int row, int col) {
        return row >= firstRow && row <= lastRow && col >= firstCol && col <= lastCol;
    }

    static NameRef parse(String text) {
        if (text == null || text.contains("#REF")) {
            return null;
        }
        String t = text.strip();
        int bang = sheetEnd(t);
        if (bang <= 0) {
            return null;
        }
        String sheet = sheetName(t.substring(0, bang));
        String area = t.substring(bang + 1);
        int colon = area.indexOf(':');
        String from = colon < 0 ? area : area.substring(0, colon);
        String to = colon < 0 ? area : area.substring(colon + 1);
        int toBang = sheetEnd(to);
        if (toBang > 0) {
            if (!sheet.equalsIgnoreCase(sheetName(to.substring(0, toBang)))) {
                return null;
            }
            to = to.substring(toBang + 1);
        }
        if (sheet == null) {
            return null;
        }
        CellAt a = CellAt.parse(from);
        CellAt b = CellAt.parse(to);
        if (a != null && b != null) {
            return new NameRef(sheet, Math.min(a.row(), b.row()), Math.min(a.col(), b.col()), Math.max(a.row(), b.row()),
                    Math.max(a.col(), b.col()));
        }
        if (colon < 0) {
            return null;
        }
        CellAt colA = CellAt.parse(from.replace("$", "") + "1");
        CellAt colB = CellAt.parse(to.replace("$", "") + "1");
        if (colA != null && colB != null && from.replace("$", "").chars().allMatch(Character::isLetter)) {
            return new NameRef(sheet, 0, Math.min(colA.col(), colB.col()), CellAt.MAX_ROWS - 1, Math.max(colA.col(), colB.col()));
        }
        CellAt rowA = CellAt.parse("A" + from.replace("$", ""));
        CellAt rowB = CellAt.parse("A" + to.replace("$", ""));
        if (rowA != null && rowB != null) {
            return new NameRef(sheet, Math.min(rowA.row(), rowB.row()), 0, Math.max(rowA.row(), rowB.row()), CellAt.MAX_COLS - 1);
        }
        return null;
    }

    /** Index of the '!' after a leading sheet name, quoted or not; -1 when there is none. */
    private static int sheetEnd(String t) {
        if (t.startsWith("'")) {
            int i = 1;
            while (i < t.length()) {
                if (t.charAt(i) == '\'') {
                    if (i + 1 < t.length() && t.charAt(i + 1) == '\'') {
                        i += 2;
                        continue;
                    }
                    return i + 1 < t.length() && t.charAt(i + 1) == '!' ? i + 1 : -1;
                }
                i++;
            }
            return -1;
        }
        int bang = t.indexOf('!');
        if (bang < 0) {
            return -1;
        }
        for (int i = 0; i < bang; i++) {
            char c = t.charAt(i);
            if (" ,()'\"+-*/&=<>;:".indexOf(c) >= 0) {
                return -1;
            }
        }
        return bang;
    }

    private static String sheetName(String quotedOrNot) {
        if (quotedOrNot.startsWith("'")) {
            return quotedOrNot.substring(1, quotedOrNot.length() - 1).replace("''", "'");
        }
        return quotedOrNot;
    }
}
