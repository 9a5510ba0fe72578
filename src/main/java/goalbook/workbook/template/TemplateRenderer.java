package goalbook.workbook.template;

import goalbook.text.SwedishDates;
import goalbook.workbook.DeterministicZip;
import goalbook.workbook.Styles;
import goalbook.workbook.StructureSheet;
import goalbook.workbook.TemplateLayout;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Renders the quarterly template of one region, e.g. almi-2021 for Almi Gävle Dala, 2024 kvartal
 * 2: nine goals with yellow input cells, live metrics and statuses. The same inputs give the same
 * bytes: document dates and zip entry times are the first day of the quarter.
 */
public final class TemplateRenderer {

    /**
     * @param reference reference-measure id → value for this region and quarter (the quarter's
     *                  level already derived); an absent id is shown as "ej fastställd"
     */
    public byte[] render(GoalStructure s, Region region, Period period, Map<String, BigDecimal> reference) {
        LocalDateTime start = period.firstDay().atStartOfDay();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Styles st = new Styles(wb);
            new InstructionsSheet(wb.createSheet(TemplateLayout.INSTRUCTIONS), st).write(s, region, period);
            new InputSheet(wb.createSheet(TemplateLayout.INPUT), st, s, region, period, reference).write();
            StructureSheet.write(wb.createSheet(TemplateLayout.STRUCTURE), st, s, period.quarter());
            IdentityStore.write(wb, st, IdentityStore.of(s, region, period));
            properties(wb.getProperties(), s, region, period, Date.from(start.toInstant(ZoneOffset.UTC)));
            wb.setActiveSheet(0);
            // cached results let viewers that do not recalculate show "Uppgift saknas"; Excel recalculates on open
            XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
            wb.setForceFormulaRecalculation(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return DeterministicZip.stamp(out.toByteArray(), start);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the template", e);
        }
    }

    private static void properties(POIXMLProperties props, GoalStructure s, Region region, Period p, Date start) {
        POIXMLProperties.CoreProperties core = props.getCoreProperties();
        core.setCreator("Goalbook");
        core.setTitle("Inrapportering " + SwedishDates.period(p) + " – " + region.name());
        core.setSubjectProperty(s.name());
        core.setCreated(Optional.of(start));
        core.setModified(Optional.of(start));
    }
}
