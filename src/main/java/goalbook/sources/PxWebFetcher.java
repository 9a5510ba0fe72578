package goalbook.sources;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fetches every mapped measure of a structure for every region in one query per measure (all the
 * regions' county codes at once), e.g. 4 measures → 4 requests; a region's value is the sum of its
 * counties' cells, or the ratio of the two sums.
 */
final class PxWebFetcher {
    private final PxWebClient client;
    private final Clock clock;

    PxWebFetcher(PxWebClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    /** @param counties region id → its SCB county codes, e.g. nord → [25, 24] */
    FetchOutcome fetch(List<PxWebMapping> mappings, Map<String, List<String>> counties, int year) {
        Map<String, Map<String, BigDecimal>> values = new TreeMap<>();
        List<Provenance> provenance = new ArrayList<>();
        List<FetchFailure> failures = new ArrayList<>();
        List<String> allCounties = counties.values().stream().flatMap(List::stream).distinct().sorted().toList();
        for (PxWebMapping m : mappings) {
            Map<String, List<String>> query = m.filled(allCounties, year);
            String body = client.body(query);
            JsonStat2 answer;
            String raw;
            try {
                raw = client.fetch(m.table(), query);
                answer = JsonStat2.parse(raw);
            } catch (SourceException e) {
                failures.add(new FetchFailure(null, m.measure(), m.measure() + ": " + e.getMessage(), m.measure() + ": " + e.sv()));
                continue;
            }
            provenance.add(new Provenance(m.measure(), "scb", m.table(), body, clock.instant(), sha256(raw)));
            counties.forEach((region, codes) -> {
                try {
                    values.computeIfAbsent(region, r -> new TreeMap<>()).put(m.measure(), value(answer, m, codes, region));
                } catch (SourceException e) {
                    failures.add(new FetchFailure(region, m.measure(), region + " / " + m.measure() + ": " + e.getMessage(),
                            region + " / " + m.measure() + ": " + e.sv()));
                }
            });
        }
        return new FetchOutcome(values, provenance, failures);
    }

    private static BigDecimal value(JsonStat2 answer, PxWebMapping m, List<String> codes, String region) {
        BigDecimal top = sum(answer, m.numerator(), codes, m);
        if (m.denominator() == null) {
            return plain(top.multiply(m.scale()).add(m.offset()));
        }
        BigDecimal bottom = sum(answer, m.denominator(), codes, m);
        if (bottom.signum() == 0) {
            throw new SourceException("divisor is zero", "nämnaren är noll");
        }
        return plain(top.divide(bottom, MathContext.DECIMAL64).multiply(m.scale()).add(m.offset()));
    }

    private static BigDecimal sum(JsonStat2 answer, Map<String, String> pick, List<String> codes, PxWebMapping m) {
        String regionVariable = m.query().entrySet().stream().filter(e -> e.getValue().contains("{region}"))
                .map(Map.Entry::getKey).findFirst().orElse("Region");
        BigDecimal total = BigDecimal.ZERO;
        for (String code : codes) {
            if (!answer.has(regionVariable, code)) {
                throw new SourceException("county " + code + " missing from the answer of table " + m.table(),
                        "län " + code + " saknas i svaret från tabell " + m.table());
            }
            Map<String, String> at = new LinkedHashMap<>(pick);
            at.put(regionVariable, code);
            BigDecimal v = answer.cell(at);
            if (v == null) {
                throw new SourceException("no value for county " + code + " at " + pick + " in table " + m.table(),
                        "inget värde för län " + code + " vid " + pick + " i tabell " + m.table());
            }
            total = total.add(v);
        }
        return total;
    }

    /** Without trailing zeros and never in exponent form: 300, not 3E+2. */
    private static BigDecimal plain(BigDecimal v) {
        BigDecimal s = v.round(MathContext.DECIMAL64).stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
