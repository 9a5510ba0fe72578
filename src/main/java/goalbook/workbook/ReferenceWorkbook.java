package goalbook.workbook;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Region;
import goalbook.reference.ReferenceData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The controller's reference-data workbook for one structure and year, e.g. almi-2021 2024: a row
 * per region plus "Koncernen", År and Q1–Q4 per reference measure. {@link #render} makes it
 * (pre-filled with the current values); {@link #readAsJson} reads a filled one back into the
 * API's JSON, e.g. {@code {"regions":{"nord":{"plan_utbetalda_lan":{"year":1000000}}},"group":{}}},
 * for {@code ReferenceJson.parse} to check, so the JSON and the workbook share one validation.
 */
public final class ReferenceWorkbook {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();
    private static final int LISTED_CELLS = 50;

    /**
     * The Swedish workbook for {@code s} and {@code year} with a row per region in the given order;
     * the same arguments give the same bytes.
     *
     * @param current the values to pre-fill, e.g. {@code ReferenceData.empty(s.id(), year)}
     */
    public byte[] render(GoalStructure s, int year, List<Region> regions, ReferenceData current) {
        Objects.requireNonNull(s, "s");
        Objects.requireNonNull(regions, "regions");
        Objects.requireNonNull(current, "current");
        if (!current.structure().equals(s.id()) || current.year() != year) {
            throw new IllegalArgumentException("current reference data is for " + current.structure() + " " + current.year()
                    + ", not " + s.id() + " " + year);
        }
        if (regions.stream().anyMatch(r -> ReferenceLayout.rowKey(r).equals(ReferenceLayout.GROUP_KEY))) {
            throw new IllegalArgumentException("region id '" + ReferenceLayout.GROUP_KEY + "' is reserved for the group row");
        }
        List<Measure> measures = ReferenceLayout.measures(s);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ReferenceStyles styles = new ReferenceStyles(wb);
            ReferenceInstructions.write(wb, styles, s, year, measures);
            new ReferenceSheet(wb, styles).write(s, year, regions, measures, current);
            ReferenceIdentity.write(wb, s, year);
            var core = wb.getProperties().getCoreProperties();
            core.setTitle("Referensdata " + s.id() + " " + year);
            core.setCreator("Goalbook");
            core.setCreated(Optional.of(Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())));
            wb.setActiveSheet(wb.getSheetIndex(ReferenceLayout.SHEET));
            wb.write(out);
            return DeterministicZip.rewrite(out.toByteArray(), java.time.LocalDateTime.of(year, 1, 1, 0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reference workbook", e);
        }
    }

    /**
     * The filled cells of an uploaded reference workbook as the API's JSON (with "structure" and
     * "year"); empty cells are left out, text such as "12,5 %" or "1 200" is read as a number.
     *
     * @throws WorkbookRefusedException {@code no_identity} when it is no reference workbook,
     *     {@code wrong_reference_identity} when it is for another structure or year,
     *     {@code invalid_reference_cells} listing every cell whose text is not a number
     */
    public String readAsJson(byte[] xlsx, GoalStructure s, int year, List<Region> regions) {
        try (XSSFWorkbook wb = open(xlsx)) {
            ReferenceIdentity identity = ReferenceIdentity.read(wb);
            if (identity == null) {
                throw noIdentity(s, year);
            }
            if (!identity.structure().equals(s.id()) || identity.year() != year) {
                throw new WorkbookRefusedException("wrong_reference_identity",
                        "Reference workbook is for " + identity.structure() + " " + identity.year() + ", not " + s.id() + " " + year,
                        "Filen innehåller referensdata för " + identity.structure() + " år " + identity.year() + ", men skickades för "
                                + s.id() + " år " + year + ". Ladda upp den till rätt år eller hämta arbetsboken för " + s.id()
                                + " år " + year + ".");
            }
            ReferenceWorkbookReader reader = new ReferenceWorkbookReader(wb, ReferenceLayout.measures(s));
            ObjectNode root = MAPPER.createObjectNode();
            root.put("structure", s.id());
            root.put("year", year);
            ObjectNode regionsNode = root.putObject("regions");
            for (Region r : regions) {
                ObjectNode levels = regionsNode.objectNode();
                reader.readRow(r, levels);
                if (!levels.isEmpty()) {
                    regionsNode.set(r.id(), levels);
                }
            }
            reader.readRow(null, root.putObject("group"));
            if (!reader.badCells().isEmpty()) {
                throw invalidCells(reader.badCells());
            }
            if (reader.namesFound() == 0 && !ReferenceLayout.measures(s).isEmpty()) {
                throw noIdentity(s, year);
            }
            return MAPPER.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write reference JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XSSFWorkbook open(byte[] xlsx) {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(Objects.requireNonNull(xlsx, "xlsx")));
        } catch (IOException | RuntimeException e) {
            throw new WorkbookRefusedException("unreadable_workbook", "The file cannot be read as an Excel workbook",
                    "Filen kunde inte läsas som en Excel-arbetsbok. Spara den som Excel-arbetsbok (.xlsx) och ladda upp den igen.");
        }
    }

    private static WorkbookRefusedException noIdentity(GoalStructure s, int year) {
        return new WorkbookRefusedException("no_identity", "The file is not a Goalbook reference workbook",
                "Filen är ingen referensdataarbetsbok från Goalbook. Hämta arbetsboken för " + s.id() + " år " + year
                        + " (/api/reference/" + s.id() + "/" + year + ".xlsx), fyll i den och ladda upp den igen.");
    }

    private static WorkbookRefusedException invalidCells(List<String> bad) {
        String listed = String.join("; ", bad.subList(0, Math.min(bad.size(), LISTED_CELLS)))
                + (bad.size() > LISTED_CELLS ? "; och " + (bad.size() - LISTED_CELLS) + " celler till" : "");
        return new WorkbookRefusedException("invalid_reference_cells",
                bad.size() + " reference cell(s) hold text that is not a number",
                "Referensdata sparades inte. " + listed + ". Skriv tal i cellerna (t.ex. 1 200 000 eller 34,5 %) eller "
                        + "lämna dem tomma, och ladda upp igen.");
    }
}
