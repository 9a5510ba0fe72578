package goalbook.goals;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reporting quarter, written {@code 2024-Q2}. */
public record Period(int year, int quarter) implements Comparable<Period> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})-Q(\\d+)");

    public Period {
        if (year < 2000 || year > 2100) {
            throw new IllegalArgumentException("year must be between 2000 and 2100, got " + year);
        }
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1 to 4, got " + quarter);
        }
    }

    /** Parses {@code 2024-Q2}; the message names the part that is wrong. */
    public static Period parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("period must look like 2024-Q2, got '" + text + "'");
        }
        return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /**
     * The last quarter that has ended by {@code day}, e.g. 2024-07-01 → 2024-Q2 and 2024-06-30 →
     * 2024-Q1: the quarter people report on, the one containing {@code day} being unfinished.
     */
    public static Period lastCompletedOn(java.time.LocalDate day) {
        return new Period(day.getYear(), (day.getMonthValue() - 1) / 3 + 1).previousQuarter();
    }

    /** The quarter's first day, e.g. 2024-Q2 → 2024-04-01. */
    public java.time.LocalDate firstDay() {
        return java.time.LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
    }

    public Period previousQuarter() {
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    public Period sameQuarterLastYear() {
        return new Period(year - 1, quarter);
    }

    @Override
    public int compareTo(Period o) {
        return year != o.year ? Integer.compare(year, o.year) : Integer.compare(quarter, o.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
