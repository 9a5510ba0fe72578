package goalbook.storage;

import goalbook.text.StatusLabels;

/** Where a region's report for a quarter stands with the controller. */
public enum ReviewState {
    /** No version yet. */
    MISSING(StatusLabels.REVIEW_MISSING),
    /** The latest version is not reviewed yet (also after a new version replaced a reviewed one). */
    SUBMITTED(StatusLabels.REVIEW_SUBMITTED),
    /** The controller accepted the latest version. */
    ACCEPTED(StatusLabels.REVIEW_ACCEPTED),
    /** The controller sent the latest version back for correction, with a reason. */
    RETURNED(StatusLabels.REVIEW_RETURNED);

    private final String label;

    ReviewState(String label) {
        this.label = label;
    }

    /** The Swedish word people read, e.g. "Återförvisad". */
    public String label() {
        return label;
    }
}
