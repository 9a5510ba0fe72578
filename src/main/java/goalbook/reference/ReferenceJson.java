package goalbook.reference;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goalbook.goals.GoalStructure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reference data as the API's JSON, e.g.
 * {@code {"regions":{"nord":{"plan_utbetalda_lan":{"year":1000000,"Q2":400000}}},"group":{"engagemangsindex":86}}}:
 * a measure's value is a number (the whole-year value) or an object with any of "year" and "Q1".."Q4".
 * {@link #write} also states "structure" and "year", which {@link #parse} accepts and checks. A
 * "provenance" object (where fetched values came from, see {@code goalbook.sources}) is accepted and
 * kept by the store, not part of {@link ReferenceData}.
 */
public final class ReferenceJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
            .build();

    private ReferenceJson() {}

    /**
     * Parses and checks reference data for {@code s}, taking the year from the JSON's "year" field
     * (0 when it has none: prefer {@link #parse(String, GoalStructure, int, Set)} with the year of the URL).
     *
     * @throws ReferenceDataException listing every bad field
     */
    public static ReferenceData parse(String json, GoalStructure s, Set<String> regionIds) {
        return parse(json, s, 0, regionIds);
    }

    /**
     * Parses and checks reference data for {@code s} and {@code year}; a "year" or "structure" in the
     * JSON must then agree. A year of 0 takes the JSON's year. Problems name regions by their id.
     *
     * @throws ReferenceDataException listing every bad field, e.g. "regions.nord.okand: unknown measure"
     */
    public static ReferenceData parse(String json, GoalStructure s, int year, Set<String> regionIds) {
        Map<String, String> names = new LinkedHashMap<>();
        regionIds.forEach(id -> names.put(id, id));
        return parse(json, s, year, names);
    }

    /**
     * As {@link #parse(String, GoalStructure, int, Set)}, with the regions' names for the Swedish
     * problems, e.g. {@code nord → "Almi Nord"}.
     *
     * @param regionNames region id → name; its keys are the regions that may have data
     */
    public static ReferenceData parse(String json, GoalStructure s, int year, Map<String, String> regionNames) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new ReferenceDataException(List.of(ReferenceProblem.of("", "not valid JSON: " + e.getOriginalMessage(),
                    "Texten är inte giltig JSON" + (at == null ? "" : " (rad " + at.getLineNr() + ", kolumn " + at.getColumnNr() + ")")
                            + ". Kontrollera klamrar, kommatecken och citattecken.")));
        }
        if (root == null || !root.isObject()) {
            throw new ReferenceDataException(List.of(ReferenceProblem.of("", "expected a JSON object with \"regions\" and \"group\"",
                    "Referensdata ska vara ett JSON-objekt med \"regions\" och \"group\".")));
        }
        List<ReferenceProblem> problems = new ArrayList<>();
        int actualYear = year(root, year, problems);
        if (root.has("structure") && !s.id().equals(root.get("structure").asText())) {
            problems.add(ReferenceProblem.of("structure", "is '" + root.get("structure").asText() + "', expected '" + s.id() + "'",
                    "Målstrukturen är '" + root.get("structure").asText() + "', men referensdata skickades för '" + s.id() + "'."));
        }
        root.fieldNames().forEachRemaining(f -> {
            if (!Set.of("structure", "year", "regions", "group", "provenance").contains(f)) {
                problems.add(ReferenceProblem.of(f, "unknown field (expected \"regions\" and \"group\")",
                        "Okänt fält '" + f + "' (ska vara \"regions\" och \"group\")."));
            }
        });
        LevelReader reader = new LevelReader(s, problems);
        Map<String, Map<String, Level>> regions = new LinkedHashMap<>();
        JsonNode regionsNode = root.path("regions");
        if (!regionsNode.isMissingNode() && !regionsNode.isNull() && !regionsNode.isObject()) {
            problems.add(ReferenceProblem.of("regions", "expected an object of region id to measures",
                    "\"regions\" ska vara ett objekt med en post per region."));
        } else {
            regionsNode.fields().forEachRemaining(e -> {
                String name = regionNames.get(e.getKey());
                if (name == null) {
                    problems.add(ReferenceProblem.of("regions." + e.getKey(), "unknown region '" + e.getKey() + "'",
                            "Regionen '" + e.getKey() + "' finns inte."));
                } else {
                    regions.put(e.getKey(), reader.levels("regions." + e.getKey(), name, e.getValue()));
                }
            });
        }
        Map<String, Level> group = root.hasNonNull("group") ? reader.levels("group", ReferencePlace.GROUP, root.get("group")) : Map.of();
        if (!problems.isEmpty()) {
            throw new ReferenceDataException(problems);
        }
        return new ReferenceData(s.id(), actualYear, regions, group);
    }

    private static int year(JsonNode root, int expected, List<ReferenceProblem> problems) {
        if (!root.hasNonNull("year")) {
            return expected;
        }
        JsonNode y = root.get("year");
        if (!y.canConvertToExactIntegral() || !y.canConvertToInt() || y.asInt() < 2000 || y.asInt() > 2100) {
            problems.add(ReferenceProblem.of("year", "must be a year such as 2024, got " + y, "Året ska vara ett årtal som 2024, angivet " + y + "."));
            return expected;
        }
        if (expected != 0 && y.asInt() != expected) {
            problems.add(ReferenceProblem.of("year", "is " + y.asInt() + ", expected " + expected,
                    "Året är " + y.asInt() + ", men referensdata skickades för " + expected + "."));
        }
        return y.asInt();
    }

    /** The JSON form of {@code d}; a level with only a whole-year value is written as a plain number. */
    public static String write(ReferenceData d) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("structure", d.structure());
        root.put("year", d.year());
        ObjectNode regions = root.putObject("regions");
        d.regions().forEach((region, levels) -> writeLevels(regions.putObject(region), levels));
        writeLevels(root.putObject("group"), d.group());
        try {
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reference data", e);
        }
    }

    private static void writeLevels(ObjectNode into, Map<String, Level> levels) {
        levels.forEach((measure, level) -> {
            if (level.quarters().isEmpty()) {
                if (level.year() != null) {
                    into.put(measure, level.year());
                }
                return;
            }
            ObjectNode o = into.putObject(measure);
            if (level.year() != null) {
                o.put("year", level.year());
            }
            level.quarters().forEach((q, v) -> o.put("Q" + q, v));
        });
    }
}
