package goalbook.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import goalbook.goals.TargetRule;
import goalbook.goals.Threshold;
import goalbook.goals.Unit;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One wording: the server's target text and the template's live text say the same rule the same way. */
class WordingTest {

    private static final Map<String, BigDecimal> PLAN = Map.of("plan_utbetalda_lan", new BigDecimal("40000000"));

    private static TargetRule rule(String kind, String value) {
        Threshold t = Threshold.of(new BigDecimal(value));
        return switch (kind) {
            case "at_least" -> new TargetRule.AtLeast(t);
            case "equal_to" -> new TargetRule.EqualTo(t);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static String template(TargetRule r, Unit u) {
        return RuleText.template(r, u, id -> "Plan");
    }

    @Test
    void kyc_exactlyOneHundredPercent_readsTheSameInTemplateAndServer() {
        TargetRule kyc = rule("equal_to", "1");
        assertEquals("exakt 100,0 %", RuleText.resolved(kyc, Unit.SHARE, Map.of()));
        assertEquals("exakt 100,0 %", template(kyc, Unit.SHARE));
    }

    @Test
    void constantLevels_sameTextInTemplateAndServer() {
        TargetRule share = rule("at_least", "0.80");
        assertEquals("minst 80,0 %", RuleText.resolved(share, Unit.SHARE, Map.of()));
        assertEquals(RuleText.resolved(share, Unit.SHARE, Map.of()), template(share, Unit.SHARE));
        TargetRule between = new TargetRule.Between(Threshold.of(new BigDecimal("0.02")), Threshold.of(new BigDecimal("0.04")));
        assertEquals("mellan 2,0 % och 4,0 %", RuleText.resolved(between, Unit.PERCENT, Map.of()));
        assertEquals(RuleText.resolved(between, Unit.PERCENT, Map.of()), template(between, Unit.PERCENT));
    }

    /** The structure file says whether an unchanged value passes; the text says what the verdict does. */
    @Test
    void overTime_noFallAndRise_areWordedAsTheyAreJudged() {
        Threshold hundred = Threshold.of(new BigDecimal("100"));
        assertEquals("högre än 100,0 och ingen försämring mot föregående period",
                RuleText.resolved(new TargetRule.GreaterThan(hundred, TargetRule.OverTime.NO_FALL), Unit.INDEX, Map.of()));
        assertEquals("högre än 100,0 och förbättring mot föregående period",
                RuleText.resolved(new TargetRule.GreaterThan(hundred, TargetRule.OverTime.RISE), Unit.INDEX, Map.of()));
        assertEquals("högre än 100,0", template(new TargetRule.GreaterThan(hundred, TargetRule.OverTime.ANY), Unit.INDEX));
        assertEquals(RuleText.resolved(new TargetRule.GreaterThan(hundred, TargetRule.OverTime.NO_FALL), Unit.INDEX, Map.of()),
                template(new TargetRule.GreaterThan(hundred, TargetRule.OverTime.NO_FALL), Unit.INDEX));
    }

    @Test
    void referenceLevels_valueOnTheServerNameInTheTemplate() {
        TargetRule plan = new TargetRule.AtLeast(Threshold.ref("plan_utbetalda_lan"));
        assertEquals("minst 40 000 000 kr (plan)", RuleText.resolved(plan, Unit.SEK, PLAN));
        assertEquals("minst plan (ej fastställd)", RuleText.resolved(plan, Unit.SEK, Map.of()));
        assertEquals("minst referensvärdet ”Plan”", template(plan, Unit.SEK));
    }

    @Test
    void noTarget_theStructureFilesReasonEverywhere() {
        TargetRule none = new TargetRule.NoTarget("Nollmätning: målnivå sätts när nollmätningen är gjord.");
        assertEquals("Nollmätning: målnivå sätts när nollmätningen är gjord.", RuleText.resolved(none, Unit.INDEX, Map.of()));
        assertEquals(RuleText.resolved(none, Unit.INDEX, Map.of()), template(none, Unit.INDEX));
    }

    /** One convention: plain spaces between thousands and before the unit, hyphen-minus, half up, no "-0,0". */
    @Test
    void numbers_oneConventionForSpacesMinusAndRounding() {
        assertEquals("1 234 567 kr", SwedishNumbers.format(new BigDecimal("1234566.5"), Unit.SEK));
        assertEquals("-1 250 kr", SwedishNumbers.format(new BigDecimal("-1250"), Unit.SEK));
        assertEquals("80,0 %", SwedishNumbers.format(new BigDecimal("0.7995"), Unit.SHARE));
        assertEquals("79,9 %", SwedishNumbers.format(new BigDecimal("0.79949"), Unit.SHARE));
        assertEquals("0,0", SwedishNumbers.format(new BigDecimal("-0.04"), Unit.INDEX));
        assertEquals("12,5", SwedishNumbers.exact(new BigDecimal("12.50")));
        assertEquals("1 200", SwedishNumbers.exact(new BigDecimal("1.2E+3")));
        assertEquals("-120 %", SwedishNumbers.typed(new BigDecimal("-1.2"), Unit.PERCENT));
        assertEquals("8 000 %", SwedishNumbers.typed(new BigDecimal("80"), Unit.SHARE));
        assertEquals("–", SwedishNumbers.format(null, Unit.COUNT));
    }
}
