package goalbook.sources;

/**
 * What could not be fetched, e.g. region {@code gotland}, measure {@code jmf_andel_kvinnor}: "county 09 missing from the answer".
 *
 * @param region null when the whole measure failed (all regions)
 */
public record FetchFailure(String region, String measure, String title, String sv) {}
