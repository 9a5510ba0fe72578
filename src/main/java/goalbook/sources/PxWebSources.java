package goalbook.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mapping file {@code templates/sources/scb.yaml} (structure → measure → table, query, value) and the
 * regions' county codes from {@code templates/regions.yaml} ({@code counties: ["24", "25"]}).
 */
record PxWebSources(Map<String, List<PxWebMapping>> byStructure, Map<String, List<String>> counties) {

    PxWebSources {
        byStructure = Map.copyOf(byStructure);
        counties = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counties));
    }

    List<PxWebMapping> of(String structure) {
        return byStructure.getOrDefault(structure, List.of());
    }

    /** Reads both files; throws {@link IllegalArgumentException} naming the file and the bad entry. */
    static PxWebSources load(Path mappingFile, Path regionsFile) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        Map<String, List<PxWebMapping>> byStructure = new LinkedHashMap<>();
        Map<String, List<String>> counties = new LinkedHashMap<>();
        try {
            JsonNode root = Files.exists(mappingFile) ? yaml.readTree(Files.readString(mappingFile)) : null;
            if (root != null) {
                root.path("structures").fields().forEachRemaining(s -> {
                    List<PxWebMapping> list = new ArrayList<>();
                    s.getValue().fields().forEachRemaining(m -> list.add(mapping(mappingFile, m.getKey(), m.getValue())));
                    byStructure.put(s.getKey(), List.copyOf(list));
                });
            }
            for (JsonNode r : yaml.readTree(Files.readString(regionsFile)).path("regions")) {
                List<String> codes = new ArrayList<>();
                r.path("counties").forEach(c -> {
                    if (!c.asText().matches("\\d{2}")) {
                        throw new IllegalArgumentException(regionsFile + ": region " + r.path("id").asText()
                                + ": county code must be two digits, got " + c.asText());
                    }
                    codes.add(c.asText());
                });
                counties.put(r.path("id").asText(), List.copyOf(codes));
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(mappingFile + ": cannot read: " + e.getMessage(), e);
        }
        return new PxWebSources(byStructure, counties);
    }

    private static PxWebMapping mapping(Path file, String measure, JsonNode n) {
        try {
            Map<String, List<String>> query = new LinkedHashMap<>();
            n.path("query").fields().forEachRemaining(q -> {
                List<String> values = new ArrayList<>();
                if (q.getValue().isArray()) {
                    q.getValue().forEach(v -> values.add(v.asText()));
                } else {
                    values.add(q.getValue().asText());
                }
                query.put(q.getKey(), values);
            });
            JsonNode value = n.path("value");
            Map<String, String> numerator;
            Map<String, String> denominator = null;
            if (value.has("cell")) {
                numerator = codes(value.get("cell"));
            } else if (value.has("ratio")) {
                numerator = codes(value.get("ratio").path("numerator"));
                denominator = codes(value.get("ratio").path("denominator"));
            } else {
                throw new IllegalArgumentException("value must be { cell: ... } or { ratio: { numerator: ..., denominator: ... } }");
            }
            return new PxWebMapping(measure, n.path("table").asText(null), query, numerator, denominator,
                    n.hasNonNull("scale") ? n.get("scale").decimalValue() : null,
                    n.hasNonNull("offset") ? n.get("offset").decimalValue() : null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": measure " + measure + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> codes(JsonNode n) {
        Map<String, String> out = new LinkedHashMap<>();
        n.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }
}
