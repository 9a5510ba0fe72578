package goalbook.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.periods.QuarterResults;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResultsCsvTest {

    static QuarterResults.Results one(String target, BigDecimal value) {
        return new QuarterResults.Results("s", "2024-Q2", false, List.of(new QuarterResults.GoalRow("s", "2024-Q2", "nord", "Almi Nord", 3,
                "g", "Mål; \"citat\"", value, target, "MET", "Uppfyllt", null, 1, "ab", "ACCEPTED")), List.of());
    }

    static String row(byte[] csv, int skip) {
        return new String(csv, skip, csv.length - skip, StandardCharsets.UTF_8).split("\r\n")[1];
    }

    @Test
    void swedish_quotesOnlyFieldsHoldingTheSeparatorOrQuotes_andWritesADecimalComma() {
        String r = row(ResultsCsv.write(one("minst 80,0 %", new BigDecimal("0.850")), true), 3);
        assertEquals("goal;s;2024-Q2;nord;Almi Nord;3;g;\"Mål; \"\"citat\"\"\";0,85;minst 80,0 %;MET;Uppfyllt;;1;ab;ACCEPTED", r);
    }

    @Test
    void comma_quotesTheTargetWithItsDecimalComma_andWritesPlainNumbers() {
        String r = row(ResultsCsv.write(one("minst 80,0 %", new BigDecimal("1E+7")), false), 0);
        assertEquals("goal,s,2024-Q2,nord,Almi Nord,3,g,\"Mål; \"\"citat\"\"\",10000000,\"minst 80,0 %\",MET,Uppfyllt,,1,ab,ACCEPTED", r);
    }

    @Test
    void textThatExcelWouldReadAsAFormula_isDefused() {
        String r = row(ResultsCsv.write(one("=HYPERLINK(\"x\")", null), true), 3);
        assertEquals("goal;s;2024-Q2;nord;Almi Nord;3;g;\"Mål; \"\"citat\"\"\";;\"'=HYPERLINK(\"\"x\"\")\";MET;Uppfyllt;;1;ab;ACCEPTED", r);
    }
}
