package goalbook.goals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The regional companies, read from {@code templates/regions.yaml}. */
public record Regions(List<Region> all) {

    public Regions {
        all = List.copyOf(all);
        Set<String> ids = new HashSet<>();
        for (Region r : all) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("duplicate region id '" + r.id() + "'");
            }
        }
    }

    /** Every region's id, in the listed order, e.g. [nord, mitt, …]. */
    public List<String> ids() {
        return all.stream().map(Region::id).toList();
    }

    public Optional<Region> byId(String id) {
        return all.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public static Regions load(Path file) {
        try {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(file));
            List<Region> regions = new ArrayList<>();
            for (JsonNode n : root.path("regions")) {
                regions.add(new Region(n.path("id").asText(), n.path("name").asText()));
            }
            if (regions.isEmpty()) {
                throw new IllegalArgumentException(file + ": no regions listed under 'regions'");
            }
            return new Regions(regions);
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read regions: " + e.getMessage(), e);
        }
    }
}
