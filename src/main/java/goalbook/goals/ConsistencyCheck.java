package goalbook.goals;

import java.util.List;

/**
 * A part may not exceed its whole: the sum of {@code parts} must be ≤ {@code whole}, e.g.
 * kunder_kvinnor ≤ unika_kunder, or insatser_bredd + insatser_ideal + insatser_spets ≤ insatser_totalt.
 */
public record ConsistencyCheck(List<String> parts, String whole) {
    public ConsistencyCheck {
        parts = List.copyOf(parts);
    }
}
