package goalbook.goals;

import java.math.BigDecimal;

/** A sub-index, e.g. "Andel kvinnor" = {@code 100 * kunder_kvinnor / unika_kunder / jmf_andel_kvinnor}, weight 1. */
public record IndexComponent(String id, String name, Expression expression, BigDecimal weight) {}
