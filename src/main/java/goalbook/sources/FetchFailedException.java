package goalbook.sources;

import java.util.List;

/**
 * A fetch that saved nothing, with every reason, e.g. "gotland / jmf_andel_kvinnor: county 09 missing ...";
 * {@link #handTyped()} when it stopped because values typed by hand would be overwritten.
 */
public final class FetchFailedException extends RuntimeException {
    private final List<FetchFailure> failures;
    private final boolean handTyped;

    FetchFailedException(List<FetchFailure> failures, boolean handTyped) {
        super(failures.size() + " value(s) not fetched: " + failures.get(0).title());
        this.failures = List.copyOf(failures);
        this.handTyped = handTyped;
    }

    public List<FetchFailure> failures() {
        return failures;
    }

    public boolean handTyped() {
        return handTyped;
    }
}
