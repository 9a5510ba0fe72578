package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import goalbook.goals.Unit;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwedishNumberTest {

    @ParameterizedTest(name = "''{0}'' ({1}) → {2}")
    @CsvSource(delimiter = '|', value = {
        "1200|COUNT|1200",
        "1 200|COUNT|1200",
        "1\u00A0200|COUNT|1200",
        "1\u202F200|COUNT|1200",
        "12 345 678|SEK|12345678",
        "2 500 000 kr|SEK|2500000",
        "12,5|COUNT|12.5",
        "12.5|COUNT|12.5",
        "0,125|SHARE|0.125",
        "12,5 %|SHARE|0.125",
        "12,5%|SHARE|0.125",
        "80 %|SHARE|0.80",
        "-3|SEK|-3",
        "\u22123 000|SEK|-3000",
        "1 200,50|SEK|1200.50",
        "  42  |COUNT|42",
    })
    void parse_swedishForms_value(String text, Unit unit, String expected) {
        SwedishNumber.Parsed p = SwedishNumber.parse(text, unit);
        assertNull(p.problem(), text);
        assertEquals(0, new BigDecimal(expected).compareTo(p.value()), text + " gave " + p.value());
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "1,200|ambiguous_number",
        "1.200|ambiguous_number",
        "12,345,678|ambiguous_number",
        "1.200,5|ambiguous_number",
        "abc|not_a_number",
        "12 5|not_a_number",
        "1 20|not_a_number",
        "12 %|not_a_number",
        "1e3|not_a_number",
        "--3|not_a_number",
        "-|not_a_number",
    })
    void parse_unclearText_problem(String text, String code) {
        SwedishNumber.Parsed p = SwedishNumber.parse(text, Unit.COUNT);
        assertNull(p.value(), text);
        assertEquals(code, p.problem(), text);
    }

    @org.junit.jupiter.api.Test
    void parse_blank_neitherValueNorProblem() {
        assertEquals(SwedishNumber.Parsed.BLANK, SwedishNumber.parse("  \u00A0", Unit.COUNT));
    }
}
