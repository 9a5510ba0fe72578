package goalbook.goals;

import java.util.List;
import java.util.Objects;

/**
 * A metric in the one formula language shared by the server (EvalEx) and Excel, e.g.
 * {@code kunder_tidiga_skeden / unika_kunder}.
 *
 * @param text     the formula as written in the structure file
 * @param measures the measure ids it refers to, in order of first use
 */
public record Expression(String text, List<String> measures) {
    public Expression {
        Objects.requireNonNull(text, "text");
        measures = List.copyOf(measures);
    }
}
