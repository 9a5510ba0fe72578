package goalbook.submissions;

import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Regions;
import goalbook.reference.ReferenceData;
import goalbook.reference.ReferenceJson;
import goalbook.reference.ReferenceResolver;
import goalbook.workbook.ReferenceWorkbook;
import goalbook.workbook.UploadLimits;
import goalbook.workbook.UploadPrescan;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The controller's reference data (plan levels, comparison-group values) per structure and year:
 * validated on the way in, versioned in the store, resolved per region and quarter on the way out.
 */
public final class ReferenceDataService {

    private final ReferenceStore store;
    private final Set<String> regionIds;
    private final Regions regions;
    private final ReferenceWorkbook workbooks = new ReferenceWorkbook();

    public ReferenceDataService(ReferenceStore store, Regions regions) {
        this.store = store;
        this.regions = regions;
        this.regionIds = regions.all().stream().map(r -> r.id()).collect(Collectors.toUnmodifiableSet());
    }

    /** Validates and stores a new version; throws {@code ReferenceDataException} listing every bad field. */
    public int put(GoalStructure s, int year, String json, String actor) {
        ReferenceData data = ReferenceJson.parse(json, s, year, regionIds);
        return store.save(s.id(), year, ReferenceJson.write(data), actor);
    }

    /** The controller's workbook for {@code year}, pre-filled with the current values. */
    public byte[] workbook(GoalStructure s, int year) {
        return workbooks.render(s, year, regions.all(), latest(s, year).orElse(ReferenceData.empty(s.id(), year)));
    }

    /** Reads a filled reference workbook (after the upload pre-scan) and stores it like JSON: one validation for both. */
    public int putWorkbook(GoalStructure s, int year, byte[] xlsx, UploadLimits limits, String actor) {
        UploadPrescan.check(xlsx, limits);
        return put(s, year, workbooks.readAsJson(xlsx, s, year, regions.all()), actor);
    }

    public Optional<ReferenceData> latest(GoalStructure s, int year) {
        return store.latest(s.id(), year).map(json -> ReferenceJson.parse(json, s, year, regionIds));
    }

    /** Reference values for {@code region} (null for the group row) in {@code period}; absent keys are not set. */
    public Map<String, BigDecimal> resolved(GoalStructure s, Period period, String region) {
        return latest(s, period.year())
                .map(d -> ReferenceResolver.resolve(s, d, region, period.quarter()))
                .orElse(Map.of());
    }
}
