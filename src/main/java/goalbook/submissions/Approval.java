package goalbook.submissions;

import java.time.Instant;

/**
 * One approval or reopening of a period, e.g. {@code 2024-Q2 v1 APPROVED by demo-controller}; the
 * latest row decides whether the period is locked.
 *
 * @param snapshot JSON of what was approved (region versions, reference-data version, structure revision); null on reopen
 */
public record Approval(String period, int version, State state, Instant at, String actor, String reason, String snapshot) {

    public enum State { APPROVED, REOPENED }

    public boolean locks() {
        return state == State.APPROVED;
    }
}
