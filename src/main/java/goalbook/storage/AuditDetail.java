package goalbook.storage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An audit entry's detail as JSON written by Jackson, so any text (a reason with a tab, a newline or a
 * quote) is escaped, e.g. {@code {"version":2,"reason":"Fel\tsiffra"}}. The hash chain covers the
 * stored text as written, so entries written by hand before this still verify.
 */
final class AuditDetail {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AuditDetail() {}

    /** Keys and values in turn, kept in that order, e.g. {@code of("version", 3, "valid", true)}. */
    static String of(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit detail cannot be written as JSON", e);
        }
    }
}
