package goalbook.workbook.template;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rendered templates, cached: rendering is deterministic, so the key is everything that goes in
 * (structure revision, region, period and the reference values shown), and a change of reference
 * data simply misses the cache.
 */
public final class TemplateCache {

    private record Key(String structure, String revision, String region, Period period, Map<String, BigDecimal> reference) {}

    private final TemplateRenderer renderer = new TemplateRenderer();
    private final Cache<Key, byte[]> cache = Caffeine.newBuilder().maximumSize(256).build();

    public byte[] template(GoalStructure s, Region region, Period period, Map<String, BigDecimal> reference) {
        Key key = new Key(s.id(), s.revision(), region.id(), period, new TreeMap<>(reference));
        return cache.get(key, k -> renderer.render(s, region, period, reference));
    }
}
