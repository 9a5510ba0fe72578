package goalbook.submissions;

import goalbook.storage.StoredVersion;
import goalbook.storage.SubmissionStore;
import goalbook.storage.StoredReport;
import goalbook.storage.StoredReportJson;
import goalbook.evaluation.History;
import goalbook.evaluation.Report;
import goalbook.goals.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A region's history for trends and plausibility: its latest stored figures of the previous quarter and of the same quarter last year. */
public final class HistoryLoader {
    /** Quarters looked back for a goal's previous report: enough for goals reported twice a year. */
    private static final int EARLIER_QUARTERS = 3;

    private final SubmissionStore store;

    public HistoryLoader(SubmissionStore store) {
        this.store = store;
    }

    public History of(Period period, String region) {
        List<Period> earlierQuarters = new ArrayList<>();
        Period back = period;
        for (int i = 0; i < EARLIER_QUARTERS; i++) {
            back = back.previousQuarter();
            earlierQuarters.add(back);
        }
        Period lastYearQuarter = period.sameQuarterLastYear();
        List<String> asked = new ArrayList<>(earlierQuarters.stream().map(Period::toString).toList());
        asked.add(lastYearQuarter.toString());
        Map<String, StoredVersion> latest = store.latest(region, asked);
        Optional<StoredReport> prevQ = report(latest, earlierQuarters.get(0));
        Optional<StoredReport> lastYear = report(latest, lastYearQuarter);
        List<Report> earlier = new ArrayList<>();
        earlier.add(prevQ.map(StoredReport::report).orElse(null));
        for (int i = 1; i < EARLIER_QUARTERS; i++) {
            earlier.add(report(latest, earlierQuarters.get(i)).map(StoredReport::report).orElse(null));
        }
        return new History(prevQ.map(StoredReport::inputs).orElse(Map.of()), lastYear.map(StoredReport::inputs).orElse(Map.of()),
                prevQ.map(StoredReport::report).orElse(null), lastYear.map(StoredReport::report).orElse(null), earlier);
    }

    private static Optional<StoredReport> report(Map<String, StoredVersion> latest, Period p) {
        return Optional.ofNullable(latest.get(p.toString())).map(v -> StoredReportJson.read(v.reportJson()));
    }
}
