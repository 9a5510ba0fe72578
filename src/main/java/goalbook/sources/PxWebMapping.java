package goalbook.sources;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How one comparison measure is fetched, e.g. {@code jmf_andel_kvinnor} from table {@code TAB5678}
 * with {@code ContentsCode=[A,B]}, the value being the ratio of the cells {@code ContentsCode=A} and {@code =B}.
 * The placeholders {@code {region}} (the region's county codes) and {@code {year}} are filled in per fetch.
 *
 * @param query       variable code → value codes, placeholders allowed
 * @param numerator   variable code → value code picking the cell (summed over the region's counties)
 * @param denominator the same for the divisor, or null when the value is one cell
 * @param scale       the cell or ratio is multiplied by this, e.g. 100 for a growth in percent
 * @param offset      and this is added, e.g. -100 for a growth in percent (1.05 → 5)
 */
record PxWebMapping(String measure, String table, Map<String, List<String>> query,
                    Map<String, String> numerator, Map<String, String> denominator,
                    java.math.BigDecimal scale, java.math.BigDecimal offset) {

    PxWebMapping {
        Objects.requireNonNull(measure, "measure");
        if (table == null || !table.matches("[A-Za-z0-9_]{1,40}")) {
            throw new IllegalArgumentException("measure " + measure + ": table must be a PxWeb table id, got " + table);
        }
        query = Map.copyOf(query);
        numerator = Map.copyOf(numerator);
        denominator = denominator == null ? null : Map.copyOf(denominator);
        scale = scale == null ? java.math.BigDecimal.ONE : scale;
        offset = offset == null ? java.math.BigDecimal.ZERO : offset;
        if (query.values().stream().noneMatch(v -> v.contains("{region}"))) {
            throw new IllegalArgumentException("measure " + measure + ": the query must have a variable with {region}");
        }
    }

    /** The query with {@code {region}} replaced by {@code counties} and {@code {year}} by {@code year}. */
    Map<String, List<String>> filled(List<String> counties, int year) {
        java.util.LinkedHashMap<String, List<String>> out = new java.util.LinkedHashMap<>();
        new java.util.TreeMap<>(query).forEach((variable, values) -> {
            List<String> filled = new java.util.ArrayList<>();
            for (String v : values) {
                if (v.equals("{region}")) {
                    filled.addAll(counties);
                } else {
                    filled.add(v.replace("{year}", Integer.toString(year)));
                }
            }
            out.put(variable, List.copyOf(filled));
        });
        return out;
    }
}
