package goalbook.sources;

import java.math.BigDecimal;

/**
 * One region and measure in a fetch preview, e.g. nord / jmf_andel_kvinnor: today 0.21, fetched 0.2 from TAB1.
 *
 * @param current   the whole-year value saved today, or null
 * @param fetched   the value the source gives, or null when it failed
 * @param handTyped whether today's value differs from what was last fetched (or was never fetched):
 *                  saving the fetch overwrites a value the controller typed
 */
public record PreviewRow(String region, String measure, BigDecimal current, BigDecimal fetched,
                         String table, String query, boolean handTyped) {}
