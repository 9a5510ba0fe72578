package goalbook.submissions;

import goalbook.evaluation.History;
import goalbook.goals.Period;
import java.util.Map;
import java.util.Optional;

/** A region's history for trends and plausibility: its latest stored figures of the previous quarter and of the same quarter last year. */
final class HistoryLoader {
    private final SubmissionStore store;

    HistoryLoader(SubmissionStore store) {
        this.store = store;
    }

    History of(Period period, String region) {
        Optional<StoredReport> prevQ = latest(period.previousQuarter(), region);
        Optional<StoredReport> lastYear = latest(period.sameQuarterLastYear(), region);
        return new History(prevQ.map(StoredReport::inputs).orElse(Map.of()), lastYear.map(StoredReport::inputs).orElse(Map.of()),
                prevQ.map(StoredReport::report).orElse(null), lastYear.map(StoredReport::report).orElse(null));
    }

    private Optional<StoredReport> latest(Period p, String region) {
        return store.latest(p.toString(), region).map(v -> ReportJson.readStored(v.reportJson()));
    }
}
