package goalbook.storage;

import java.util.Objects;

/**
 * Who stores something, e.g. token id {@code tok_3f9a1c2b4d5e6f70} labelled "Almi Nord". The id is
 * unique: the audit log and the Idempotency-Key space use it. The label is what people read.
 */
public record Actor(String id, String label) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
    }

    /** An actor whose id is its label, e.g. a demo token or a tool. */
    public static Actor named(String name) {
        return new Actor(name, name);
    }
}
