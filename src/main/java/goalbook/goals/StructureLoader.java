package goalbook.goals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a goal-structure YAML file and checks it completely: every mistake is reported with file,
 * path and reason (unknown measure, duplicate id, quarter outside 1–4, invalid or reserved name,
 * unparseable expression), and nothing half-checked is returned.
 */
public final class StructureLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final FormulaCheck spreadsheetCheck;

    /** @param spreadsheetCheck the spreadsheet's formula parser, which every expression must pass too */
    public StructureLoader(FormulaCheck spreadsheetCheck) {
        this.spreadsheetCheck = spreadsheetCheck;
    }

    /** Loads every {@code *.yaml} structure in {@code dir}, sorted by file name. */
    public List<GoalStructure> loadAll(Path dir) {
        List<GoalStructure> all = new ArrayList<>();
        List<StructureProblem> problems = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                try {
                    all.add(load(f));
                } catch (StructureException e) {
                    problems.addAll(e.problems());
                }
            }
        } catch (IOException e) {
            throw new StructureException(List.of(new StructureProblem(dir.toString(), "", "cannot list folder: " + e.getMessage())));
        }
        checkUnique(all, problems);
        if (!problems.isEmpty()) {
            throw new StructureException(problems);
        }
        return all;
    }

    public GoalStructure load(Path file) {
        String name = file.getFileName().toString();
        try {
            return parse(name, Files.readString(file));
        } catch (IOException e) {
            throw new StructureException(List.of(new StructureProblem(name, "", "cannot read: " + e.getMessage())));
        }
    }

    /** Parses the YAML text of a structure file named {@code fileName} (used in problem reports). */
    public GoalStructure parse(String fileName, String yaml) {
        JsonNode root;
        try {
            root = YAML.readTree(yaml);
        } catch (IOException e) {
            throw new StructureException(List.of(new StructureProblem(fileName, "", "not valid YAML: " + e.getMessage())));
        }
        if (root == null || !root.isObject()) {
            throw new StructureException(List.of(new StructureProblem(fileName, "", "expected a mapping with id, name, measures and areas")));
        }
        StructureReader reader = new StructureReader(fileName, spreadsheetCheck);
        GoalStructure structure = reader.read(root);
        if (!reader.problems().isEmpty()) {
            throw new StructureException(reader.problems());
        }
        return structure;
    }

    private static void checkUnique(List<GoalStructure> all, List<StructureProblem> problems) {
        Set<String> ids = new HashSet<>();
        for (GoalStructure s : all) {
            if (!ids.add(s.id())) {
                problems.add(new StructureProblem(s.id(), "id", "two structure files use the id '" + s.id() + "'"));
            }
        }
        for (GoalStructure a : all) {
            for (GoalStructure b : all) {
                if (a != b && a.id().compareTo(b.id()) < 0 && overlap(a, b)) {
                    problems.add(new StructureProblem(a.id(), "validFrom", "years overlap with structure '" + b.id() + "'"));
                }
            }
        }
    }

    private static boolean overlap(GoalStructure a, GoalStructure b) {
        int aEnd = a.validTo() == null ? Integer.MAX_VALUE : a.validTo();
        int bEnd = b.validTo() == null ? Integer.MAX_VALUE : b.validTo();
        return a.validFrom() <= bEnd && b.validFrom() <= aEnd;
    }

    static BigDecimal decimal(JsonNode n) {
        return n == null || n.isNull() ? null : new BigDecimal(n.asText());
    }

    static Map<String, String> strings(JsonNode n) {
        Map<String, String> m = new LinkedHashMap<>();
        if (n != null) {
            n.fields().forEachRemaining(e -> m.put(e.getKey(), e.getValue().asText()));
        }
        return m;
    }
}
