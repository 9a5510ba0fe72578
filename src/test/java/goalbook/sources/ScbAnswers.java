package goalbook.sources;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * json-stat2 answers shaped like PxWeb v2's ({@code outputFormat=json-stat2}): dimensions Region,
 * ContentsCode and Tid, values row-major; written by hand from the published format.
 */
public final class ScbAnswers {
    private static final com.fasterxml.jackson.databind.ObjectMapper MAPPER = new com.fasterxml.jackson.databind.ObjectMapper();

    private ScbAnswers() {}

    /**
     * A PxWeb-shaped server for the shipped mapping: each county answers (code + 10) of 100, e.g. 09 → 19 of 100;
     * tables in {@code broken} answer 500 and counties in {@code missing} are left out of every answer.
     */
    public static mockwebserver3.Dispatcher dispatcher(java.util.Set<String> broken, java.util.Set<String> missing) {
        return new mockwebserver3.Dispatcher() {
            @Override
            public mockwebserver3.MockResponse dispatch(mockwebserver3.RecordedRequest r) {
                String table = r.getUrl().pathSegments().get(3);
                if (broken.contains(table)) {
                    return new mockwebserver3.MockResponse(500, okhttp3.Headers.of(), "{}");
                }
                try {
                    com.fasterxml.jackson.databind.JsonNode body = MAPPER.readTree(r.getBody().utf8());
                    Map<String, List<String>> q = new java.util.LinkedHashMap<>();
                    body.get("selection").forEach(v -> {
                        List<String> codes = new java.util.ArrayList<>();
                        v.get("valueCodes").forEach(c -> codes.add(c.asText()));
                        q.put(v.get("variableCode").asText(), codes);
                    });
                    Map<String, List<Number>> cells = new java.util.LinkedHashMap<>();
                    for (String county : q.get("Region")) {
                        if (!missing.contains(county)) {
                            cells.put(county, List.of(Integer.parseInt(county) + 10, 100));
                        }
                    }
                    List<String> contents = q.get("ContentsCode");
                    return new mockwebserver3.MockResponse(200, okhttp3.Headers.of("Content-Type", "application/json"),
                            answer(cells, contents.get(0), contents.get(1), Integer.parseInt(q.get("Tid").get(0))));
                } catch (Exception e) {
                    return new mockwebserver3.MockResponse(400, okhttp3.Headers.of(), e.toString());
                }
            }
        };
    }

    /** An answer for one year with two contents codes per county, e.g. {@code {"24": [30, 100]}}. */
    static String answer(Map<String, List<Number>> byCounty, String a, String b, int year) {
        List<String> counties = List.copyOf(new java.util.TreeMap<>(byCounty).keySet());
        StringBuilder index = new StringBuilder();
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < counties.size(); i++) {
            index.append(i == 0 ? "" : ",").append('"').append(counties.get(i)).append("\":").append(i);
            label.append(i == 0 ? "" : ",").append('"').append(counties.get(i)).append("\":\"Län ").append(counties.get(i)).append('"');
        }
        String values = counties.stream().flatMap(c -> byCounty.get(c).stream())
                .map(v -> v == null ? "null" : v.toString()).collect(Collectors.joining(","));
        return """
                {"version":"2.0","class":"dataset","label":"Test","source":"SCB","updated":"2025-06-01T06:00:00Z",
                 "id":["Region","ContentsCode","Tid"],"size":[%d,2,1],
                 "dimension":{
                   "Region":{"label":"region","category":{"index":{%s},"label":{%s}}},
                   "ContentsCode":{"label":"tabellinnehåll","category":{"index":{"%s":0,"%s":1}}},
                   "Tid":{"label":"år","category":{"index":{"%d":0}}}},
                 "value":[%s]}
                """.formatted(counties.size(), index, label, a, b, year, values);
    }
}
