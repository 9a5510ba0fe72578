package goalbook.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an approval locked: the structure revision, the reference-data version and each region's
 * version, e.g. {@code {"structure":"almi-2021","referenceVersion":3,"regions":{"nord":{"version":2,...}}}}.
 */
public record QuarterSnapshot(String structure, String structureRevision, int referenceVersion,
                              Map<String, Entry> regions, List<String> missing, boolean approvedWithMissing, boolean approvedWithNotAccepted) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public QuarterSnapshot {
        regions = new TreeMap<>(regions);
        missing = List.copyOf(missing);
    }

    /**
     * The version of one region that the approval covers.
     *
     * @param review its {@link ReviewState} at approval; null in snapshots from before reviews existed
     */
    public record Entry(int version, String sha256, boolean valid, String review) {}

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static QuarterSnapshot fromJson(String json) {
        try {
            return JSON.readValue(json, QuarterSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("approval snapshot is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
