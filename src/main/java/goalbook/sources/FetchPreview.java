package goalbook.sources;

import java.util.List;

/** What a fetch would save: one row per region and mapped measure, and what failed. */
public record FetchPreview(String structure, int year, String source, List<PreviewRow> rows, List<FetchFailure> failures) {
    public FetchPreview {
        rows = List.copyOf(rows);
        failures = List.copyOf(failures);
    }
}
