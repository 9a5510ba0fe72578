package goalbook.workbook;

/** A count as Swedish text writes it, with a space between thousands, e.g. 250000 → "250 000". */
public final class SwedishCount {
    private SwedishCount() {}

    public static String of(long n) {
        String digits = Long.toString(Math.abs(n));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return (n < 0 ? "-" : "") + out;
    }
}
