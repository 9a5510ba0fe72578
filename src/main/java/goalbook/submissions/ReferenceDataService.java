package goalbook.submissions;

import goalbook.storage.Actor;
import goalbook.storage.ReferenceVersion;
import goalbook.storage.ReferenceStore;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Regions;
import goalbook.reference.ReferenceData;
import goalbook.reference.ReferenceJson;
import goalbook.reference.ReferenceResolver;
import goalbook.workbook.referencebook.ReferenceWorkbook;
import goalbook.workbook.intake.UploadLimits;
import goalbook.workbook.intake.UploadPrescan;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The controller's reference data (plan levels, comparison-group values) per structure and year:
 * validated on the way in, versioned in the store, resolved per region and quarter on the way out.
 */
public final class ReferenceDataService {

    private final ReferenceStore store;
    private final Set<String> regionIds;
    private final Map<String, String> regionNames = new LinkedHashMap<>();
    private final Regions regions;
    private final ReferenceWorkbook workbooks = new ReferenceWorkbook();
    // Every template download and upload needs the latest data: keep it parsed, keyed by its stored
    // version number. Each use asks the database for the newest number (one indexed MAX), so data that
    // another instance saved is used from its commit on, never after a delay.
    private final Cache<String, ReferenceData> parsed = Caffeine.newBuilder().maximumSize(64).build();

    public ReferenceDataService(ReferenceStore store, Regions regions) {
        this.store = store;
        this.regions = regions;
        this.regionIds = Set.copyOf(regions.ids());
        regions.all().forEach(r -> regionNames.put(r.id(), r.name()));
    }

    /** Validates and stores a new version; throws {@code ReferenceDataException} listing every bad field. */
    public int put(GoalStructure s, int year, String json, String actor) {
        return put(s, year, json, Actor.named(actor));
    }

    /** Like {@link #put(GoalStructure, int, String, String)}, by a token with its own id. */
    public int put(GoalStructure s, int year, String json, Actor actor) {
        return save(ReferenceJson.parse(json, s, year, regionNames), actor);
    }

    private int save(ReferenceData data, Actor actor) {
        // the cache is keyed by the stored version, so nothing here needs forgetting
        return store.save(data.structure(), data.year(), ReferenceJson.write(data), actor);
    }

    /**
     * Stores {@code data} as a new version with {@code provenance} (a JSON object saying where the
     * values came from) inside the stored JSON, e.g. {@code "provenance":{"source":"scb",...}}.
     */
    public int saveWithProvenance(ReferenceData data, String provenanceJson, Actor actor) {
        String json = ReferenceJson.write(data);
        String merged = json.substring(0, json.length() - 1) + ",\"provenance\":" + provenanceJson + "}";
        return store.save(data.structure(), data.year(), merged, actor);
    }

    /** The stored JSON of every version, newest first, e.g. to find the last fetched provenance. */
    public java.util.List<ReferenceVersion> versionsNewestFirst(GoalStructure s, int year) {
        java.util.List<ReferenceVersion> out = new java.util.ArrayList<>();
        for (int v = store.latestNumber(s.id(), year); v > 0; v--) {
            store.version(s.id(), year, v).ifPresent(out::add);
        }
        return out;
    }

    /** The controller's workbook for {@code year}, pre-filled with the current values. */
    public byte[] workbook(GoalStructure s, int year) {
        return workbooks.render(s, year, regions.all(), latest(s, year).orElse(ReferenceData.empty(s.id(), year)), sources(s, year));
    }

    /** The provenance of the latest version, one row per fetched measure; empty when it was typed, not fetched. */
    java.util.List<goalbook.workbook.referencebook.ReferenceSource> sources(GoalStructure s, int year) {
        return sources(s, store.latestVersion(s.id(), year));
    }

    /** The provenance of {@code version}; empty when it was typed, or there is no such version. */
    public java.util.List<goalbook.workbook.referencebook.ReferenceSource> sources(GoalStructure s, int year, int version) {
        return sources(s, store.version(s.id(), year, version));
    }

    private static java.util.List<goalbook.workbook.referencebook.ReferenceSource> sources(GoalStructure s, Optional<ReferenceVersion> stored) {
        java.util.List<goalbook.workbook.referencebook.ReferenceSource> out = new java.util.ArrayList<>();
        stored.ifPresent(v -> {
            try {
                var p = new com.fasterxml.jackson.databind.ObjectMapper().readTree(v.json()).path("provenance");
                String source = p.path("source").asText("").toUpperCase(java.util.Locale.ROOT);
                p.path("measures").fields().forEachRemaining(e -> {
                    var m = e.getValue();
                    var measure = s.measures().get(e.getKey());
                    out.add(new goalbook.workbook.referencebook.ReferenceSource(measure == null ? e.getKey() : measure.label(), source,
                            m.path("table").asText(), m.path("fetchedAt").asText(), m.path("sha256").asText(), m.path("query").toString()));
                });
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                // a version that does not parse has no provenance to show
            }
        });
        return out;
    }

    /**
     * Reads a filled reference workbook (after the upload pre-scan) and stores it like JSON: one
     * validation for both; throws {@code ReferenceDataException} listing every bad cell.
     */
    public int putWorkbook(GoalStructure s, int year, byte[] xlsx, UploadLimits limits, String actor) {
        return putWorkbook(s, year, xlsx, limits, Actor.named(actor));
    }

    public int putWorkbook(GoalStructure s, int year, byte[] xlsx, UploadLimits limits, Actor actor) {
        UploadPrescan.check(xlsx, limits);
        return save(workbooks.read(xlsx, s, year, regions.all()), actor);
    }

    public Optional<ReferenceData> latest(GoalStructure s, int year) {
        int version = store.latestNumber(s.id(), year);
        if (version == 0) {
            return Optional.empty();
        }
        return Optional.ofNullable(parsed.get(s.id() + "@" + s.revision() + "/" + year + "#" + version,
                k -> store.version(s.id(), year, version).map(v -> ReferenceJson.parse(v.json(), s, year, regionIds)).orElse(null)));
    }

    /** The reference data as a given version (0 = none saved yet), for an approved period's snapshot. */
    public Optional<ReferenceData> at(GoalStructure s, int year, int version) {
        return store.version(s.id(), year, version).map(v -> ReferenceJson.parse(v.json(), s, year, regionIds));
    }

    /** The newest version number, 0 when nothing is saved. */
    public int latestVersion(GoalStructure s, int year) {
        return store.latestVersion(s.id(), year).map(ReferenceVersion::version).orElse(0);
    }

    /** Reference values for {@code region} (null for the group row) in {@code period}; absent keys are not set. */
    public Map<String, BigDecimal> resolved(GoalStructure s, Period period, String region) {
        return latest(s, period.year())
                .map(d -> ReferenceResolver.resolve(s, d, region, period.quarter()))
                .orElse(Map.of());
    }
}
