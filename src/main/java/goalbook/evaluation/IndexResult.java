package goalbook.evaluation;

import java.math.BigDecimal;
import java.util.List;

/**
 * A composite index, e.g. Index Fokusgrupper = 112,4 from two sub-indices of weight 1, or
 * Måluppfyllelse for one goal area ({@code id} {@code maluppfyllelse:Fokusgrupper}).
 *
 * @param value null when any component cannot be computed
 * @param note  Swedish, e.g. "3 av 5 mål bedömda; 2 mål med annan status räknas inte"
 */
public record IndexResult(String id, String name, BigDecimal value, List<Component> components, String note) {

    public IndexResult {
        components = List.copyOf(components);
    }

    /** A sub-index (or, for Måluppfyllelse, a goal counted) with its weight and formula. */
    public record Component(String id, String name, BigDecimal value, BigDecimal weight, String formula) {}
}
