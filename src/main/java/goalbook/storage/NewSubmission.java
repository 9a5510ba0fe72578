package goalbook.storage;

import goalbook.goals.Period;
import java.util.Objects;

/**
 * An upload to store, e.g. period "2024-Q2", region "nord", actor "demo-nord", the workbook bytes
 * and the report JSON. The byte arrays are stored as given and must not change afterwards.
 *
 * @param annotated the annotated workbook, or null when there is none
 * @param sha256    of {@code original} as 64 hex digits; null to let the record compute it, and a
 *                  value that does not match the bytes is refused
 * @param valid     whether the report has no errors
 * @param actor     the label shown in the history, e.g. "Almi Nord"
 * @param actorId   the token's unique id, e.g. "tok_3f9a1c2b4d5e6f70": the audit log and the Idempotency-Key space use it
 */
public record NewSubmission(
        String period,
        String region,
        String actor,
        byte[] original,
        byte[] annotated,
        String sha256,
        boolean valid,
        String structure,
        String structureRevision,
        String reportJson,
        String actorId) {

    /** A submission whose actor's id is its label, e.g. a demo token. */
    public NewSubmission(String period, String region, String actor, byte[] original, byte[] annotated, String sha256, boolean valid,
                         String structure, String structureRevision, String reportJson) {
        this(period, region, actor, original, annotated, sha256, valid, structure, structureRevision, reportJson, actor);
    }

    public NewSubmission {
        Period.parse(period);
        requireText(region, "region");
        requireText(actor, "actor");
        requireText(actorId, "actorId");
        Objects.requireNonNull(original, "original");
        requireText(structure, "structure");
        Objects.requireNonNull(structureRevision, "structureRevision");
        Objects.requireNonNull(reportJson, "reportJson");
        String actual = Hashes.sha256(original);
        if (sha256 != null && !sha256.equalsIgnoreCase(actual)) {
            throw new IllegalArgumentException("sha256 " + sha256 + " does not match the original bytes (" + actual + ")");
        }
        sha256 = actual;
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank, got '" + value + "'");
        }
    }
}
