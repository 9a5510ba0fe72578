package goalbook.submissions;

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
        Optional<StoredReport> prevQ = latest(period.previousQuarter(), region);
        Optional<StoredReport> lastYear = latest(period.sameQuarterLastYear(), region);
        List<Report> earlier = new ArrayList<>();
        earlier.add(prevQ.map(StoredReport::report).orElse(null));
        Period back = period.previousQuarter();
        for (int i = 1; i < EARLIER_QUARTERS; i++) {
            back = back.previousQuarter();
            earlier.add(latest(back, region).map(StoredReport::report).orElse(null));
        }
        return new History(prevQ.map(StoredReport::inputs).orElse(Map.of()), lastYear.map(StoredReport::inputs).orElse(Map.of()),
                prevQ.map(StoredReport::report).orElse(null), lastYear.map(StoredReport::report).orElse(null), earlier);
    }

    private Optional<StoredReport> latest(Period p, String region) {
        return store.latest(p.toString(), region).map(v -> StoredReportJson.read(v.reportJson()));
    }
}
