package goalbook.workbook.intake;

/**
 * Undoes the escapes OOXML uses for characters XML cannot carry, e.g. {@code _x000D_} → a carriage
 * return, as Excel and POI read them: every {@code _xHHHH_} becomes its character.
 */
public final class OoxmlText {
    private OoxmlText() {}

    public static String decode(String s) {
        if (s == null || !s.contains("_x")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (i + 7 <= s.length() && s.charAt(i) == '_' && s.charAt(i + 1) == 'x' && s.charAt(i + 6) == '_' && hex(s, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean hex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
