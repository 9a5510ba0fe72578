package goalbook.goals;

import java.nio.file.Path;
import java.util.List;

/** Loads the shipped structures and regions from {@code templates/} for tests. */
public final class TestStructures {
    private static StructureCatalog catalog;

    private TestStructures() {}

    public static Path templatesDir() {
        return Path.of(System.getProperty("goalbook.templates", "templates"));
    }

    public static synchronized StructureCatalog catalog() {
        if (catalog == null) {
            List<GoalStructure> all = new StructureLoader(FormulaCheck.NONE).loadAll(templatesDir().resolve("structures"));
            catalog = new StructureCatalog(all);
        }
        return catalog;
    }

    /** Structure A, seed 000: 2019–2020. */
    public static GoalStructure structureA() {
        return catalog().byId("almi-2019").orElseThrow();
    }

    /** Structure B, seed 001: from 2021. */
    public static GoalStructure structureB() {
        return catalog().byId("almi-2021").orElseThrow();
    }

    public static Regions regions() {
        return Regions.load(templatesDir().resolve("regions.yaml"));
    }
}
