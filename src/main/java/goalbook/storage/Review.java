package goalbook.storage;

import java.time.Instant;

/**
 * One decision of the controller on one version, e.g. 2024-Q2 nord v2 RETURNED "kundtiden verkar orimlig".
 *
 * @param state    {@link ReviewState#ACCEPTED} or {@link ReviewState#RETURNED}
 * @param override why a returned or invalid version was accepted anyway; null otherwise
 */
public record Review(String period, String region, int version, ReviewState state, String reason, String override, Instant at, String actor) {}
