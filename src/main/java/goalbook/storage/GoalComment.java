package goalbook.storage;

import java.time.Instant;

/**
 * One entry in the conversation about a goal of a region in a quarter.
 *
 * @param version        the region's latest version when it was written; null before any version
 * @param fromController written by the controller (else by the region)
 */
public record GoalComment(long id, String period, String region, String goalId, Integer version, boolean fromController, String text,
                          Instant at, String actor) {}
