package goalbook.sources;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goalbook.goals.GoalStructure;
import goalbook.reference.Level;
import goalbook.reference.ReferenceData;
import goalbook.storage.Actor;
import goalbook.submissions.ReferenceDataService;
import goalbook.storage.ReferenceVersion;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Comparison values from Statistics Sweden: {@link #preview} shows per region (and for the group, "Koncernen":
 * the whole country) and measure today's value and the fetched one; {@link #fetch} saves every mapped value as one new reference version with its
 * provenance, or nothing.
 */
public final class ScbReference {
    static final String SOURCE = "scb";
    /** Statistics Sweden's public PxWeb v2 API. */
    public static final String DEFAULT_URL = "https://statistikdatabasen.scb.se/api/v2";
    /** The group's row in previews, failures and provenance; region ids are lower case, so it cannot clash. */
    static final String GROUP = goalbook.reference.ReferencePlace.GROUP;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final PxWebSources sources;
    private final PxWebFetcher fetcher;
    private final ReferenceDataService reference;

    ScbReference(PxWebSources sources, PxWebFetcher fetcher, ReferenceDataService reference) {
        this.sources = sources;
        this.fetcher = fetcher;
        this.reference = reference;
    }

    /** Reads {@code templates/sources/scb.yaml} and {@code templates/regions.yaml} under {@code templates}. */
    public static ScbReference load(Path templates, String baseUrl, Duration timeout, Clock clock, ReferenceDataService reference) {
        PxWebSources sources = PxWebSources.load(templates.resolve("sources").resolve("scb.yaml"), templates.resolve("regions.yaml"));
        PxWebClient client = new PxWebClient(baseUrl, timeout, new RateWindow(30, Duration.ofSeconds(10), Clock.systemUTC()));
        return new ScbReference(sources, new PxWebFetcher(client, clock), reference);
    }

    /** {@code GOALBOOK_SCB_URL}, else {@link #DEFAULT_URL}. */
    public static String url(Map<String, String> env) {
        return env.getOrDefault("GOALBOOK_SCB_URL", DEFAULT_URL);
    }

    /** Whether the mapping file maps any measure of {@code structure}. */
    public boolean maps(GoalStructure s) {
        return !sources.of(s.id()).isEmpty();
    }

    public FetchPreview preview(GoalStructure s, int year) {
        FetchOutcome out = fetch(s, year);
        return new FetchPreview(s.id(), year, SOURCE, rows(s, year, out), out.failures());
    }

    /**
     * Fetches and saves one new version; throws {@link FetchFailedException} and saves nothing when any
     * value failed, or when a value typed by hand would change and {@code overwriteHandTyped} is false.
     */
    public int fetch(GoalStructure s, int year, Actor actor, boolean overwriteHandTyped) {
        FetchOutcome out = fetch(s, year);
        if (!out.complete()) {
            throw new FetchFailedException(out.failures(), false);
        }
        List<FetchFailure> typed = rows(s, year, out).stream()
                .filter(r -> r.handTyped() && r.current().compareTo(r.fetched()) != 0)
                .map(r -> new FetchFailure(r.region(), r.measure(),
                        r.region() + " / " + r.measure() + ": typed by hand as " + r.current().toPlainString()
                                + ", the source gives " + r.fetched().toPlainString(),
                        r.region() + " / " + r.measure() + ": inskrivet för hand som " + r.current().toPlainString()
                                + ", källan anger " + r.fetched().toPlainString()))
                .toList();
        if (!typed.isEmpty() && !overwriteHandTyped) {
            throw new FetchFailedException(typed, true);
        }
        ReferenceData current = reference.latest(s, year).orElse(ReferenceData.empty(s.id(), year));
        Map<String, Map<String, Level>> regions = new LinkedHashMap<>();
        current.regions().forEach((r, levels) -> regions.put(r, new LinkedHashMap<>(levels)));
        Map<String, Level> group = new LinkedHashMap<>(current.group());
        out.values().forEach((place, measures) -> measures.forEach((m, v) ->
                (GROUP.equals(place) ? group : regions.computeIfAbsent(place, k -> new LinkedHashMap<>())).put(m, Level.annual(v))));
        return reference.saveWithProvenance(new ReferenceData(s.id(), year, regions, group), provenance(out), actor);
    }

    private FetchOutcome fetch(GoalStructure s, int year) {
        List<PxWebMapping> mappings = sources.of(s.id()).stream().filter(m -> s.measures().containsKey(m.measure())).toList();
        List<FetchFailure> unknown = sources.of(s.id()).stream().filter(m -> !s.measures().containsKey(m.measure()))
                .map(m -> new FetchFailure(null, m.measure(), "measure " + m.measure() + " is not in structure " + s.id(),
                        "måttet " + m.measure() + " finns inte i målstrukturen " + s.id())).toList();
        Map<String, List<String>> counties = new LinkedHashMap<>();
        List<FetchFailure> failures = new ArrayList<>(unknown);
        sources.counties().forEach((region, codes) -> {
            if (codes.isEmpty()) {
                failures.add(new FetchFailure(region, null, "region " + region + " has no county codes in regions.yaml",
                        "regionen " + region + " saknar länskoder i regions.yaml"));
            } else {
                counties.put(region, codes);
            }
        });
        if (failures.isEmpty() && !counties.isEmpty()) {
            // the group compares with the whole country: every county's cells summed before the ratio
            counties.put(GROUP, counties.values().stream().flatMap(List::stream).distinct().sorted().toList());
        }
        FetchOutcome out = fetcher.fetch(mappings, counties, year);
        failures.addAll(out.failures());
        return new FetchOutcome(out.values(), out.provenance(), failures);
    }

    private List<PreviewRow> rows(GoalStructure s, int year, FetchOutcome out) {
        ReferenceData current = reference.latest(s, year).orElse(ReferenceData.empty(s.id(), year));
        JsonNode lastFetched = lastProvenance(s, year);
        Map<String, Provenance> byMeasure = new LinkedHashMap<>();
        out.provenance().forEach(p -> byMeasure.put(p.measure(), p));
        List<PreviewRow> rows = new ArrayList<>();
        List<String> places = new ArrayList<>(sources.counties().keySet());
        places.add(GROUP);
        for (String region : places) {
            for (PxWebMapping m : sources.of(s.id())) {
                Level level = current.levelsOf(GROUP.equals(region) ? null : region).get(m.measure());
                BigDecimal today = level == null ? null : level.year();
                JsonNode was = lastFetched.path("measures").path(m.measure()).path("values").path(region);
                boolean handTyped = today != null && (was.isMissingNode() || was.decimalValue().compareTo(today) != 0);
                Provenance p = byMeasure.get(m.measure());
                rows.add(new PreviewRow(region, m.measure(), today, out.values().getOrDefault(region, Map.of()).get(m.measure()),
                        m.table(), p == null ? null : p.query(), handTyped));
            }
        }
        return rows;
    }

    /** The provenance of the newest version that has one, or a missing node. */
    private JsonNode lastProvenance(GoalStructure s, int year) {
        for (ReferenceVersion v : reference.versionsNewestFirst(s, year)) {
            try {
                JsonNode p = MAPPER.readTree(v.json()).path("provenance");
                if (p.isObject()) {
                    return p;
                }
            } catch (Exception e) {
                // a version that does not parse has no provenance
            }
        }
        return MAPPER.missingNode();
    }

    /** E.g. {@code {"source":"scb","measures":{"jmf_andel_kvinnor":{"table":"TAB1","query":{...},"fetchedAt":"…","sha256":"…","values":{"nord":0.2}}}}}. */
    static String provenance(FetchOutcome out) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("source", SOURCE);
        ObjectNode measures = root.putObject("measures");
        for (Provenance p : out.provenance()) {
            ObjectNode m = measures.putObject(p.measure());
            m.put("table", p.table());
            try {
                m.set("query", MAPPER.readTree(p.query()));
            } catch (Exception e) {
                m.put("query", p.query());
            }
            m.put("fetchedAt", p.fetchedAt().toString());
            m.put("sha256", p.sha256());
            ObjectNode values = m.putObject("values");
            out.values().forEach((region, vs) -> {
                if (vs.containsKey(p.measure())) {
                    values.put(region, vs.get(p.measure()));
                }
            });
        }
        return root.toString();
    }
}
