package goalbook.http;

import goalbook.periods.PeriodService;
import goalbook.periods.RegionsByReview;
import goalbook.storage.ReviewRefusedException;
import java.util.List;

/** The answers when a review or an approval is refused by the review rules. */
final class ReviewProblems {
    private ReviewProblems() {}

    static ApiProblem refused(ReviewRefusedException e) {
        int latest = e.latestVersion();
        return switch (e.reason()) {
            case NO_VERSION -> new ApiProblem(409, "no_version", "The region has no version to review",
                    "Regionen har inte lämnat in någon version att granska.");
            case STALE_VERSION -> new ApiProblem(409, "stale_version", "Version " + latest + " is the latest; review that one",
                    "Regionen har lämnat in en nyare version (" + latest + "). Granska den i stället.");
            case RETURNED_VERSION -> new ApiProblem(409, "returned_version", "Version " + latest + " was returned; accepting it needs a newer"
                    + " version or {\"override\": \"reason\"}", "Version " + latest + " är återförvisad. Godkänn den först när regionen lämnat"
                    + " in en ny version, eller ange skälet att godkänna ändå; det registreras.");
            case INVALID_VERSION -> new ApiProblem(409, "invalid_version", "Version " + latest + " has errors; accepting it needs"
                    + " {\"override\": \"reason\"}", "Version " + latest + " har fel. Godkänn den bara med ett angivet skäl; det registreras.");
        };
    }

    static ApiProblem notAccepted(PeriodService.NotAcceptedRegionsException e) {
        RegionsByReview r = e.regions();
        List<String> named = new java.util.ArrayList<>(r.returned());
        named.addAll(r.invalid());
        List<String> english = new java.util.ArrayList<>();
        List<String> swedish = new java.util.ArrayList<>();
        if (!r.returned().isEmpty()) {
            english.add("returned " + r.returned());
            swedish.add(r.returned().size() == 1 ? "1 region är återförvisad" : r.returned().size() + " regioner är återförvisade");
        }
        if (!r.invalid().isEmpty()) {
            english.add("with errors " + r.invalid());
            swedish.add(r.invalid().size() == 1 ? "1 region har en version med fel" : r.invalid().size() + " regioner har versioner med fel");
        }
        return new ApiProblem(409, "regions_not_accepted", "Regions not accepted: " + String.join(", ", english)
                + "; send {\"allowNotAccepted\": true} to approve anyway (recorded)",
                String.join(" och ", swedish) + ". Godkänn kvartalet ändå endast med uttryckligt val; det registreras.", named);
    }
}
