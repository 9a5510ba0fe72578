package goalbook.workbook.upload;

/**
 * The area a defined name refers to, e.g. {@code 'gb_identitet'!$B$1:$B$6} → sheet gb_identitet,
 * rows 0–5 of column 1. Null for anything else (a whole row or column, a formula, a constant, a list of
 * areas, {@code #REF!}, no sheet): such a name points at no cell a measure could be read from.
 */
record NameRef(String sheet, int fromRow, int fromCol, int toRow, int toCol) {

    /** The cell written first, e.g. D9 in {@code D9:C5}: the one a single-cell name means. */
    CellAt first() {
        return new CellAt(fromRow, fromCol);
    }

    int firstRow() {
        return Math.min(fromRow, toRow);
    }

    int lastRow() {
        return Math.max(fromRow, toRow);
    }

    int firstCol() {
        return Math.min(fromCol, toCol);
    }

    int lastCol() {
        return Math.max(fromCol, toCol);
    }

    long size() {
        return (long) (lastRow() - firstRow() + 1) * (lastCol() - firstCol() + 1);
    }

    boolean contains(int row, int col) {
        return row >= firstRow() && row <= lastRow() && col >= firstCol() && col <= lastCol();
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
        CellAt a = CellAt.parse(colon < 0 ? area : area.substring(0, colon));
        CellAt b = CellAt.parse(colon < 0 ? area : area.substring(colon + 1));
        return a == null || b == null ? null : new NameRef(sheet, a.row(), a.col(), b.row(), b.col());
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
