package goalbook.reference;

import java.util.List;

/**
 * Reference data that cannot be accepted, with every error at once, each naming its field, e.g.
 * "regions.nord.plan_utbetalda_lan.Q2: must be a number, got \"många\"".
 */
public final class ReferenceDataException extends RuntimeException {

    private final List<String> errors;

    public ReferenceDataException(List<String> errors) {
        super("invalid reference data: " + String.join("; ", errors));
        this.errors = List.copyOf(errors);
    }

    /** The English errors, one per bad field, in document order. */
    public List<String> errors() {
        return errors;
    }
}
