package goalbook.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.Formulas;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricCalculatorTest {

    private final MetricCalculator calc = new MetricCalculator();

    private static Map<String, BigDecimal> values(String... kv) {
        Map<String, BigDecimal> m = new java.util.HashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new BigDecimal(kv[i + 1]));
        }
        return m;
    }

    @Test
    void evaluate_share_isExactDecimal() {
        BigDecimal v = calc.evaluate(Formulas.parse("kundtid_timmar / total_tid_timmar"), values("kundtid_timmar", "7996", "total_tid_timmar", "10000")).orElseThrow();
        assertEquals(0, new BigDecimal("0.7996").compareTo(v));
    }

    @Test
    void evaluate_thirdsKeep34SignificantDigits() {
        BigDecimal v = calc.evaluate(Formulas.parse("a / b"), values("a", "1", "b", "3")).orElseThrow();
        assertEquals("0.3333333333333333333333333333333333", v.toPlainString());
    }

    @Test
    void evaluate_valueFromDoubleViaValueOf_isTheShortestDecimal() {
        // 0.1 + 0.2 in binary is 0.30000000000000004; from BigDecimal.valueOf the sum is exactly 0.3.
        BigDecimal v = calc.evaluate(Formulas.parse("a + b"), Map.of("a", BigDecimal.valueOf(0.1), "b", BigDecimal.valueOf(0.2))).orElseThrow();
        assertEquals(0, new BigDecimal("0.3").compareTo(v));
    }

    @Test
    void evaluate_nps_usesPrecedenceAndParentheses() {
        BigDecimal v = calc.evaluate(Formulas.parse("100 * (nps_promotorer - nps_kritiker) / (nps_promotorer + nps_passiva + nps_kritiker)"),
                values("nps_promotorer", "650", "nps_passiva", "250", "nps_kritiker", "100")).orElseThrow();
        assertEquals(0, new BigDecimal("55").compareTo(v));
    }

    @Test
    void evaluate_minMaxIf_work() {
        assertEquals(0, BigDecimal.TEN.compareTo(calc.evaluate(Formulas.parse("MAX(a, b)"), values("a", "3", "b", "10")).orElseThrow()));
        assertEquals(0, new BigDecimal("3").compareTo(calc.evaluate(Formulas.parse("MIN(a, b)"), values("a", "3", "b", "10")).orElseThrow()));
        assertEquals(0, BigDecimal.ONE.compareTo(calc.evaluate(Formulas.parse("IF(a > b, 1, 2)"), values("a", "30", "b", "10")).orElseThrow()));
    }

    @Test
    void calculate_missingInput_isEmptyAndNamesIt() {
        MetricCalculator.Calculation c = calc.calculate(Formulas.parse("kunder_kvinnor / unika_kunder"), values("unika_kunder", "10"));
        assertFalse(c.hasValue());
        assertFalse(c.zeroDenominator());
        assertEquals(List.of("kunder_kvinnor"), c.missing());
        assertTrue(calc.evaluate(Formulas.parse("kunder_kvinnor / unika_kunder"), values("unika_kunder", "10")).isEmpty());
    }

    @Test
    void calculate_zeroDenominator_isEmptyAndNamesTheDenominator() {
        MetricCalculator.Calculation c = calc.calculate(Formulas.parse("kunder_kvinnor / unika_kunder"), values("kunder_kvinnor", "0", "unika_kunder", "0"));
        assertTrue(c.zeroDenominator());
        assertEquals(List.of("unika_kunder"), c.zeroDenominators());
    }

    @Test
    void calculate_zeroSumDenominator_namesEveryMeasureOfIt() {
        MetricCalculator.Calculation c = calc.calculate(Formulas.parse("100 * (p - k) / (p + n + k)"), values("p", "0", "n", "0", "k", "0"));
        assertEquals(List.of("p", "n", "k"), c.zeroDenominators());
    }

    @Test
    void calculate_zeroInNestedDenominator_isFound() {
        MetricCalculator.Calculation c = calc.calculate(Formulas.parse("(lan_resultat_36m / 3) / nettolanestock_snitt_36m"),
                values("lan_resultat_36m", "5", "nettolanestock_snitt_36m", "0"));
        assertEquals(List.of("nettolanestock_snitt_36m"), c.zeroDenominators());
    }

    @Test
    void calculate_zeroNumerator_isZeroNotAProblem() {
        assertEquals(0, BigDecimal.ZERO.compareTo(calc.evaluate(Formulas.parse("a / b"), values("a", "0", "b", "4")).orElseThrow()));
    }
}
