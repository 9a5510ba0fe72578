package goalbook.http;

import goalbook.periods.QuarterResults;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The quarter's results as one CSV table: goal rows, then index rows (kind {@code index}). Swedish
 * Excel reads {@code ;} with a decimal comma, and needs the UTF-8 BOM to read å, ä, ö; the plain
 * variant uses {@code ,} and a decimal point, for scripts.
 */
final class ResultsCsv {
    static final String HEADER = "kind,structure,period,region,region_name,goal_number,goal_id,name,value,target,status,status_text,trend,version,sha256,review";

    private ResultsCsv() {}

    static byte[] write(QuarterResults.Results results, boolean swedish) {
        char sep = swedish ? ';' : ',';
        StringBuilder sb = new StringBuilder();
        if (swedish) {
            sb.append('\uFEFF');
        }
        line(sb, sep, Arrays.asList(HEADER.split(",")));
        for (QuarterResults.GoalRow r : results.goals()) {
            line(sb, sep, Arrays.asList("goal", r.structure(), r.period(), r.region(), r.regionName(), String.valueOf(r.goalNumber()),
                    r.goalId(), r.goalName(), number(r.value(), swedish), r.target(), r.status(), r.statusText(), r.trend(),
                    r.version() == null ? null : r.version().toString(), r.sha256(), r.review()));
        }
        for (QuarterResults.IndexRow r : results.indices()) {
            line(sb, sep, Arrays.asList("index", r.structure(), r.period(), r.region(), r.regionName(), null, r.indexId(), r.indexName(),
                    number(r.value(), swedish), null, null, r.note(), null, r.version() == null ? null : r.version().toString(), r.sha256(),
                    r.review()));
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Unrounded, never in exponent form; a decimal comma for Swedish Excel. */
    private static String number(BigDecimal v, boolean swedish) {
        if (v == null) {
            return null;
        }
        String plain = v.stripTrailingZeros().toPlainString();
        return swedish ? plain.replace('.', ',') : plain;
    }

    private static void line(StringBuilder sb, char sep, List<String> fields) {
        List<String> out = new ArrayList<>();
        for (String f : fields) {
            out.add(quote(f, sep));
        }
        sb.append(String.join(String.valueOf(sep), out)).append("\r\n");
    }

    /** RFC 4180 quoting; a leading =, +, - or @ in text is kept from being read as a formula. */
    private static String quote(String f, char sep) {
        if (f == null) {
            return "";
        }
        String s = f;
        if (!s.isEmpty() && "=+@".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(sep) >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
