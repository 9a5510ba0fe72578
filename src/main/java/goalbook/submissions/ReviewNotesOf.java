package goalbook.submissions;

import goalbook.storage.ReviewStore;
import goalbook.storage.Review;
import goalbook.storage.GoalComment;
import goalbook.text.SwedishDates;
import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.workbook.upload.ReviewNotes;
import java.util.List;
import java.util.Optional;

/** The controller's review so far, as the annotated copy's block on Resultat shows it. */
final class ReviewNotesOf {

    private ReviewNotesOf() {}

    /** The review as it stood at {@code at} (null: now): the decisions and comments written until then. */
    static ReviewNotes at(GoalStructure s, ReviewStore reviews, String period, String region, java.time.Instant at) {
        List<Review> decisions = reviews.history(period, region).stream().filter(r -> at == null || !r.at().isAfter(at)).toList();
        List<GoalComment> comments = reviews.comments(period, region).stream().filter(c -> at == null || !c.at().isAfter(at)).toList();
        return of(s, decisions.isEmpty() ? Optional.empty() : Optional.of(decisions.get(decisions.size() - 1)), comments);
    }

    static ReviewNotes of(GoalStructure s, Optional<Review> decision, List<GoalComment> comments) {
        String sentence = decision.map(ReviewNotesOf::sentence).orElse(null);
        List<ReviewNotes.Entry> entries = comments.stream().map(c -> {
            Optional<Goal> goal = s.goal(c.goalId());
            return new ReviewNotes.Entry(goal.map(Goal::number).orElse(0), goal.map(Goal::name).orElse(c.goalId()),
                    c.actor() + " " + SwedishDates.minute(c.at()), c.text());
        }).toList();
        return new ReviewNotes(sentence, entries);
    }

    /** E.g. "Version 1 återförvisades 2024-07-12 09:30 av Koncerncontroller: NPS saknas." */
    private static String sentence(Review r) {
        String when = SwedishDates.minute(r.at()) + " av " + r.actor();
        return switch (r.state()) {
            case RETURNED -> "Version " + r.version() + " återförvisades " + when + ": " + r.reason();
            case ACCEPTED -> "Version " + r.version() + " godkändes " + when + (r.override() == null ? "." : " (" + r.override() + ").");
            default -> null;
        };
    }
}
