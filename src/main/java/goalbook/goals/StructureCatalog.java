package goalbook.goals;

import java.util.List;
import java.util.Optional;

/** All loaded structures; the year-to-structure mapping is their {@code validFrom}/{@code validTo}. */
public record StructureCatalog(List<GoalStructure> all) {

    public StructureCatalog {
        all = List.copyOf(all);
    }

    public Optional<GoalStructure> byId(String id) {
        return all.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The structure in force in {@code year}, e.g. almi-2019 for 2020 and almi-2021 for 2024. */
    public Optional<GoalStructure> forYear(int year) {
        return all.stream().filter(s -> s.appliesTo(year)).findFirst();
    }
}
