package goalbook.workbook.upload;

/** A cell position, 0-based, e.g. {@code C14} → row 13, column 2; packed in a long for sets and maps. */
record CellAt(int row, int col) {
    static final int MAX_ROWS = 1 << 20;
    static final int MAX_COLS = 1 << 14;

    long key() {
        return ((long) row << 16) | col;
    }

    static long key(int row, int col) {
        return ((long) row << 16) | col;
    }

    /** As Excel writes it without dollars, e.g. "C14". */
    String a1() {
        return column(col) + (row + 1);
    }

    static String column(int col) {
        StringBuilder s = new StringBuilder();
        for (int c = col + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    /** "C14" or "$C$14" → the cell; null when it is not a cell reference within Excel's grid. */
    static CellAt parse(String ref) {
        if (ref == null) {
            return null;
        }
        int i = 0;
        int n = ref.length();
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int col = 0;
        int letters = 0;
        while (i < n && Character.isLetter(ref.charAt(i)) && ref.charAt(i) < 128) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            i++;
            if (++letters > 3) {
                return null;
            }
        }
        if (i < n && ref.charAt(i) == '$') {
            i++;
        }
        int digitsFrom = i;
        long row = 0;
        while (i < n && ref.charAt(i) >= '0' && ref.charAt(i) <= '9' && i - digitsFrom < 8) {
            row = row * 10 + (ref.charAt(i) - '0');
            i++;
        }
        if (letters == 0 || i == digitsFrom || i != n || row < 1 || row > MAX_ROWS || col > MAX_COLS) {
            return null;
        }
        return new CellAt((int) row - 1, col - 1);
    }
}
