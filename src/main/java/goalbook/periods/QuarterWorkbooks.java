package goalbook.periods;

import goalbook.storage.Approval;
import goalbook.storage.QuarterSnapshot;
import goalbook.storage.StoredVersion;
import goalbook.storage.ReviewStore;
import goalbook.storage.Review;
import goalbook.storage.ReviewState;
import goalbook.text.SwedishDates;
import goalbook.consolidation.Consolidation;
import goalbook.evaluation.GoalResult;
import goalbook.evaluation.Report;
import goalbook.goals.Period;
import goalbook.goals.Region;
import goalbook.goals.Regions;
import goalbook.workbook.report.BoardScope;
import goalbook.workbook.report.BoardWorkbook;
import goalbook.workbook.report.ConsolidatedWorkbook;
import goalbook.workbook.report.SourceRow;
import goalbook.workbook.report.TrendPoint;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The controller's consolidated workbook and the board workbooks (the group's and each regional
 * company's), built from the period's data: the latest versions while open, the approval's
 * snapshot once approved, so an approved quarter always yields the same numbers.
 */
public final class QuarterWorkbooks {
    /** Earlier quarters shown in trend tables and charts; four reach the same quarter last year, for year-to-date comparisons. */
    private static final int TREND_QUARTERS = 4;

    private final PeriodService periods;
    private final Regions regions;
    private final Clock clock;

    public QuarterWorkbooks(PeriodService periods, Regions regions, Clock clock) {
        this.periods = periods;
        this.regions = regions;
        this.clock = clock;
    }

    public byte[] consolidated(Period p) {
        QuarterData q = periods.data(p);
        Consolidation c = periods.consolidate(q);
        return new ConsolidatedWorkbook().render(q.structure(), p, c, regions.all(), sources(q), trend(p, null), clock.instant(),
                q.referenceVersion(), periods.referenceSources(q));
    }

    /** The group's board workbook ({@code region} null) or one regional company's; a draft until the quarter is approved. */
    public byte[] board(Period p, Region region) {
        QuarterData q = periods.data(p);
        Consolidation c = periods.consolidate(q);
        String title = region == null ? "Almi – koncernen" : region.name();
        List<SourceRow> sources = sources(q).stream().filter(s -> region == null || s.region().equals(region.id())).toList();
        List<Map.Entry<Period, Consolidation>> earlier = periods.earlier(p, TREND_QUARTERS);
        return new BoardWorkbook().render(q.structure(), p, c, new BoardScope(region == null ? null : region.id(), title),
                !q.approved(), clock.instant(), sources, trend(earlier, region == null ? null : region.id()), approvalText(q),
                earlier.stream().map(Map.Entry::getValue).toList());
    }

    /**
     * The group's board workbook of the latest approval while the quarter is reopened, marked as
     * superseded on every sheet; empty when the quarter is approved or was never approved.
     */
    public Optional<byte[]> supersededBoard(Period p) {
        Optional<QuarterData> earlier = periods.superseded(p);
        if (earlier.isEmpty()) {
            return Optional.empty();
        }
        QuarterData q = earlier.get();
        Consolidation c = periods.consolidate(q);
        Approval approved = q.approval().orElseThrow();
        Approval reopened = periods.approval(p).orElseThrow();
        String banner = "ERSATT – godkänt " + SwedishDates.minute(approved.at()) + ", kvartalet öppnades igen " + SwedishDates.minute(reopened.at());
        String text = "Godkänt " + SwedishDates.minute(approved.at()) + " av " + approved.actor() + ". Ersatt: kvartalet öppnades igen "
                + SwedishDates.minute(reopened.at()) + " av " + reopened.actor() + " (" + reopened.reason() + "). Siffrorna gäller tills kvartalet godkänns på nytt.";
        List<Map.Entry<Period, Consolidation>> before = periods.earlier(p, TREND_QUARTERS);
        return Optional.of(new BoardWorkbook().renderSuperseded(q.structure(), p, c, new BoardScope(null, "Almi – koncernen"), banner,
                clock.instant(), sources(q), trend(before, null), text, before.stream().map(Map.Entry::getValue).toList()));
    }

    private static String approvalText(QuarterData q) {
        if (q.approved()) {
            Approval a = q.approval().orElseThrow();
            return "Godkänt " + SwedishDates.minute(a.at()) + " av " + a.actor();
        }
        return q.approval().map(a -> "UTKAST – ej godkänt (öppnat igen " + SwedishDates.minute(a.at()) + " av " + a.actor() + ": " + a.reason() + ")")
                .orElse("UTKAST – ej godkänt");
    }

    private List<SourceRow> sources(QuarterData q) {
        List<SourceRow> rows = new ArrayList<>();
        Map<String, Review> decisions = periods.reviews(q.period());
        Map<String, QuarterSnapshot.Entry> approved = q.approved()
                ? q.approval().orElseThrow().lockedSnapshot().map(QuarterSnapshot::regions).orElse(Map.of()) : Map.of();
        for (Region r : regions.all()) {
            StoredVersion v = q.versions().get(r.id());
            rows.add(v == null ? new SourceRow(r.id(), r.name(), null, null, null, null, false)
                    : new SourceRow(r.id(), r.name(), v.version(), v.sha256(), SwedishDates.minute(v.createdAt()), v.actor(), v.valid(),
                            review(v, decisions.get(r.id()), approved.get(r.id()))));
        }
        return rows;
    }

    /** "Godkänd", "Återförvisad: skäl" or "Inlämnad"; as at approval for an approved quarter (null from before reviews existed). */
    private static String review(StoredVersion v, Review decision, QuarterSnapshot.Entry atApproval) {
        if (atApproval != null) {
            return atApproval.review() == null ? null : ReviewState.valueOf(atApproval.review()).label();
        }
        ReviewState state = ReviewStore.stateOf(v, decision);
        if (state == ReviewState.RETURNED) {
            return state.label() + ": " + decision.reason();
        }
        if (state == ReviewState.ACCEPTED && decision.override() != null) {
            return state.label() + " (" + decision.override() + ")";
        }
        return state.label();
    }

    /** The group's (or one region's) headline value per goal in earlier quarters, oldest first; the workbook adds this one. */
    private List<TrendPoint> trend(Period p, String region) {
        return trend(periods.earlier(p, TREND_QUARTERS), region);
    }

    private static List<TrendPoint> trend(List<Map.Entry<Period, Consolidation>> earlier, String region) {
        List<TrendPoint> points = new ArrayList<>();
        for (Map.Entry<Period, Consolidation> e : earlier) {
            add(points, e.getKey(), pick(e.getValue(), region));
        }
        return points;
    }

    private static Report pick(Consolidation c, String region) {
        return region == null ? c.group() : c.regionReports().get(region);
    }

    private static void add(List<TrendPoint> points, Period p, Report r) {
        if (r == null) {
            return;
        }
        for (GoalResult g : r.goals()) {
            if (g.value() != null) {
                points.add(new TrendPoint(p, g.id(), g.value()));
            }
        }
    }
}
