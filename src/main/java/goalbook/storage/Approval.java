package goalbook.storage;

import java.time.Instant;

/**
 * One approval or reopening of a period, e.g. {@code 2024-Q2 v1 APPROVED by demo-controller}; the
 * latest row decides whether the period is locked.
 *
 * @param snapshot JSON of what was approved (region versions, reference-data version, structure revision); null on reopen
 */
public record Approval(String period, int version, State state, Instant at, String actor, String reason, String snapshot) {

    public enum State { APPROVED, REOPENED }

    /** What this approval locked, read from its stored JSON; empty on a reopening. */
    public java.util.Optional<QuarterSnapshot> lockedSnapshot() {
        return snapshot == null ? java.util.Optional.empty() : java.util.Optional.of(QuarterSnapshot.fromJson(snapshot));
    }

    public boolean locks() {
        return state == State.APPROVED;
    }
}
