package goalbook.text;

import goalbook.goals.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times and periods as people in Sweden read them, e.g. "2024-04-10 10:15", "2024 kvartal 2", "måndag 21 juli 2025". */
public final class SwedishDates {
    public static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SWEDEN);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    private SwedishDates() {}

    /** A moment to the minute in Swedish time, e.g. 2024-04-10T08:15:30Z → "2024-04-10 10:15". */
    public static String minute(Instant at) {
        return MINUTE.format(at);
    }

    /** E.g. 2024-Q2 → "2024 kvartal 2". */
    public static String period(Period p) {
        return p.year() + " kvartal " + p.quarter();
    }

    /** E.g. 2025-07-21 → "måndag 21 juli 2025". */
    public static String day(LocalDate d) {
        return DAY.format(d);
    }
}
