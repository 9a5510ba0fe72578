package goalbook.goals;

import java.util.List;

/**
 * A composite index. {@code WEIGHTED}: Σ weight × component / Σ weight. {@code ATTAINMENT}
 * (structure B's Måluppfyllelse): 100 × goals MET / goals MET or NOT_MET, per goal area and overall.
 */
public record CompositeIndex(String id, String name, Kind kind, List<IndexComponent> components, String description) {

    public enum Kind { WEIGHTED, ATTAINMENT }

    public CompositeIndex {
        components = List.copyOf(components);
    }
}
