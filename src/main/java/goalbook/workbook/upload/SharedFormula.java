package goalbook.workbook.upload;

/**
 * A shared formula as written in its first cell, e.g. {@code C10*2} in {@code D10}; the cells that share
 * it hold no text, so their formula is this one with relative references moved, e.g. {@code C11*2} in
 * {@code D11}. Only for quoting in messages: nothing is evaluated.
 */
record SharedFormula(String text, int row, int col) {

    String movedTo(int toRow, int toCol) {
        int dRow = toRow - row;
        int dCol = toCol - col;
        if (dRow == 0 && dCol == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char ch = text.charAt(i);
            if (ch == '"' || ch == '\'') {
                int end = closing(text, i, ch);
                out.append(text, i, end);
                i = end;
            } else if (ch == '[') {
                int end = text.indexOf(']', i);
                end = end < 0 ? n : end + 1;
                out.append(text, i, end);
                i = end;
            } else if (Character.isLetterOrDigit(ch) || ch == '$' || ch == '_' || ch == '.') {
                int end = i;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || "$_.".indexOf(text.charAt(end)) >= 0)) {
                    end++;
                }
                String word = text.substring(i, end);
                boolean followedByCallOrSheet = end < n && (text.charAt(end) == '(' || text.charAt(end) == '!');
                out.append(followedByCallOrSheet ? word : move(word, dRow, dCol));
                i = end;
            } else {
                out.append(ch);
                i++;
            }
        }
        return out.toString();
    }

    private static int closing(String s, int from, char quote) {
        int i = from + 1;
        while (i < s.length()) {
            if (s.charAt(i) == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** A1-style reference moved by the offset where not anchored with $; anything else unchanged. */
    private static String move(String word, int dRow, int dCol) {
        CellAt at = CellAt.parse(word);
        if (at == null) {
            return word;
        }
        boolean colFixed = word.startsWith("$");
        int digit = 0;
        while (!Character.isDigit(word.charAt(digit))) {
            digit++;
        }
        boolean rowFixed = word.charAt(digit - 1) == '$';
        int row = rowFixed ? at.row() : at.row() + dRow;
        int col = colFixed ? at.col() : at.col() + dCol;
        if (row < 0 || col < 0 || row >= CellAt.MAX_ROWS || col >= CellAt.MAX_COLS) {
            return "#REF!";
        }
        return (colFixed ? "$" : "") + CellAt.column(col) + (rowFixed ? "$" : "") + (row + 1);
    }
}
