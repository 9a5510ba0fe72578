package goalbook.goals;

import java.util.List;

/** A goal area (målområde), e.g. "Fokusgrupper", with its goals in seed order. */
public record GoalArea(String name, String description, List<Goal> goals) {
    public GoalArea {
        goals = List.copyOf(goals);
    }
}
