package goalbook.notices;

import goalbook.goals.Period;
import goalbook.text.SwedishDates;
import java.time.LocalDate;

/** What each notice says, in Swedish, e.g. "Almi Nord har lämnat version 2 för 2024 kvartal 2". */
final class NoticeTexts {
    private NoticeTexts() {}

    static Notice received(Period p, String region, String regionName, int version, boolean valid, String by, String link) {
        String verdict = valid ? "Rapporten är giltig och väntar på din granskning."
                : "Rapporten har fel som regionen måste rätta innan kvartalet kan godkännas.";
        return new Notice(NoticeKind.VERSION_RECEIVED, p.toString(), region,
                regionName + " har lämnat version " + version + " för " + SwedishDates.period(p),
                "Version " + version + " lämnades av " + by + ". " + verdict, link);
    }

    static Notice returned(Period p, String region, String regionName, int version, String reason, String link) {
        return new Notice(NoticeKind.RETURNED, p.toString(), region,
                regionName + ": rapporten för " + SwedishDates.period(p) + " har återförvisats",
                "Koncerncontrollern har återförvisat version " + version + " med skälet: " + reason
                        + "\nRätta arbetsboken och skicka in den igen.", link);
    }

    static Notice accepted(Period p, String region, String regionName, int version, String link) {
        return new Notice(NoticeKind.ACCEPTED, p.toString(), region,
                regionName + ": rapporten för " + SwedishDates.period(p) + " är godkänd",
                "Koncerncontrollern har godkänt version " + version + ". Ni behöver inte göra något mer för kvartalet.", link);
    }

    static Notice reminder(Period p, String region, String regionName, LocalDate lastDay, boolean today, String link) {
        String when = today ? "i dag, " + SwedishDates.day(lastDay) : SwedishDates.day(lastDay);
        return new Notice(today ? NoticeKind.DEADLINE : NoticeKind.REMINDER, p.toString(), region,
                (today ? "Sista dag i dag: " : "Påminnelse: ") + "rapporten för " + SwedishDates.period(p) + " från " + regionName,
                regionName + " har ännu inte lämnat någon rapport för " + SwedishDates.period(p) + ". Sista dag att lämna den är " + when
                        + ".", link);
    }

    static Notice approved(Period p, int approval, String by, String link) {
        String again = approval > 1 ? " på nytt" : "";
        return new Notice(NoticeKind.APPROVED, p.toString(), null,
                SwedishDates.period(p) + " är godkänt" + again + ": styrelsens arbetsbok finns att hämta",
                "Koncerncontrollern (" + by + ") har godkänt " + SwedishDates.period(p) + again
                        + ". Styrelsens arbetsbok för koncernen och för varje region kan nu hämtas i Goalbook.", link);
    }
}
