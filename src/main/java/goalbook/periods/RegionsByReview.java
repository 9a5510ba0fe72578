package goalbook.periods;

import goalbook.storage.ReviewState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The regions of a quarter by where their report stands, each region in exactly one list, e.g.
 * accepted [nord, mitt], submitted [syd], returned [vast], invalid [ost], missing [the other eleven].
 *
 * @param submitted valid and not reviewed yet
 * @param invalid   with errors and not accepted (an accepted version with errors was accepted with an override)
 */
public record RegionsByReview(List<String> accepted, List<String> submitted, List<String> returned, List<String> invalid,
                              List<String> missing) {

    static RegionsByReview of(Map<String, ReviewState> states, Set<String> invalidVersions) {
        List<String> accepted = new ArrayList<>();
        List<String> submitted = new ArrayList<>();
        List<String> returned = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        states.forEach((region, state) -> {
            switch (state) {
                case MISSING -> missing.add(region);
                case ACCEPTED -> accepted.add(region);
                case RETURNED -> returned.add(region);
                case SUBMITTED -> (invalidVersions.contains(region) ? invalid : submitted).add(region);
            }
        });
        return new RegionsByReview(List.copyOf(accepted), List.copyOf(submitted), List.copyOf(returned), List.copyOf(invalid),
                List.copyOf(missing));
    }

    /** The region's state as the snapshot keeps it; an invalid version not reviewed is SUBMITTED. */
    ReviewState stateOf(String region) {
        if (accepted.contains(region)) {
            return ReviewState.ACCEPTED;
        }
        if (returned.contains(region)) {
            return ReviewState.RETURNED;
        }
        return missing.contains(region) ? ReviewState.MISSING : ReviewState.SUBMITTED;
    }
}
