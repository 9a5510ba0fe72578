package goalbook.sources;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * json-stat2 answers shaped like PxWeb v2's ({@code outputFormat=json-stat2}): dimensions Region,
 * ContentsCode and Tid, values row-major; written by hand from the published format.
 */
final class ScbAnswers {
    private ScbAnswers() {}

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
