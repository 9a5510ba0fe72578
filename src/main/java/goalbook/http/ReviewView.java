package goalbook.http;

import goalbook.storage.GoalComment;
import goalbook.storage.Review;
import goalbook.storage.ReviewState;
import goalbook.storage.ReviewStore;
import goalbook.storage.StoredVersion;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The API's JSON of reviews and goal comments. */
final class ReviewView {
    private ReviewView() {}

    /** A region's review state for the quarter, e.g. {@code {"state":"RETURNED","stateText":"Återförvisad","latestVersion":2,…}}. */
    static Map<String, Object> of(String period, String region, StoredVersion latest, List<Review> history) {
        Review last = history.isEmpty() ? null : history.get(history.size() - 1);
        ReviewState state = ReviewStore.stateOf(latest, last);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("period", period);
        m.put("region", region);
        m.put("state", state.name());
        m.put("stateText", state.label());
        m.put("latestVersion", latest == null ? null : latest.version());
        m.put("decision", state == ReviewState.ACCEPTED || state == ReviewState.RETURNED ? decision(last) : null);
        m.put("history", history.stream().map(ReviewView::decision).toList());
        return m;
    }

    static Map<String, Object> decision(Review r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", r.version());
        m.put("state", r.state().name());
        m.put("stateText", r.state().label());
        m.put("reason", r.reason());
        m.put("override", r.override());
        m.put("at", r.at().toString());
        m.put("by", r.actor());
        return m;
    }

    static Map<String, Object> comment(GoalComment c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("goalId", c.goalId());
        m.put("from", c.fromController() ? "controller" : "region");
        m.put("by", c.actor());
        m.put("at", c.at().toString());
        m.put("version", c.version());
        m.put("text", c.text());
        return m;
    }
}
