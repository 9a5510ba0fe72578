package goalbook.workbook.upload;

import goalbook.text.SwedishDates;
import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.TemplateLayout;
import goalbook.workbook.intake.WorkbookRefusedException;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import java.util.function.UnaryOperator;

/**
 * Compares a workbook's identity with where it was submitted, e.g. the template of 2024 kvartal 1
 * submitted for 2024 kvartal 2 is refused with code {@code wrong_period}.
 */
final class IdentityCheck {

    private IdentityCheck() {}

    static void check(TemplateIdentity id, GoalStructure current, Period period, String region) {
        check(id, current, period, region, r -> "regionen " + r);
    }

    /** @param named how a region is called in the message, e.g. {@code nord} → "Almi Nord" */
    static void check(TemplateIdentity id, GoalStructure current, Period period, String region, UnaryOperator<String> named) {
        String wanted = named.apply(region) + ", " + SwedishDates.period(period);
        if (id == null) {
            throw new WorkbookRefusedException(WorkbookRefusedException.UNPROCESSABLE, "no_identity", "The workbook is not a Goalbook template",
                    "Filen är inte en Goalbook-mall (uppgifterna om region och period saknas). Ladda ner mallen för " + wanted
                            + ", fyll i den och skicka in den.");
        }
        if (!id.region().equals(region)) {
            throw new WorkbookRefusedException(WorkbookRefusedException.UNPROCESSABLE, "wrong_region", "The template belongs to another region",
                    "Filen är mallen för " + named.apply(id.region()) + " men skickades in för " + named.apply(region)
                            + ". Skicka in den under rätt region, eller ladda ner mallen för " + wanted + ".");
        }
        if (id.year() != period.year() || id.quarter() != period.quarter()) {
            throw new WorkbookRefusedException(WorkbookRefusedException.UNPROCESSABLE, "wrong_period", "The template belongs to another period",
                    "Filen är mallen för " + SwedishDates.period(new Period(id.year(), id.quarter())) + " men skickades in för "
                            + SwedishDates.period(period) + ". Skicka in den under rätt period, "
                            + "eller ladda ner mallen för " + wanted + " och för över uppgifterna.");
        }
        if (!id.structure().equals(current.id()) || !id.revision().equals(current.revision())
                || !id.template().equals(TemplateLayout.TEMPLATE_REVISION)) {
            throw new WorkbookRefusedException(WorkbookRefusedException.UNPROCESSABLE, "stale_structure", "The template was made for an older goal structure",
                    "Filen bygger på en äldre version av målstrukturen (" + id.structure() + ", revision " + id.revision()
                            + "). Målen har ändrats sedan mallen laddades ner. Ladda ner en ny mall för " + wanted
                            + ", för över uppgifterna och skicka in igen.");
        }
    }
}
