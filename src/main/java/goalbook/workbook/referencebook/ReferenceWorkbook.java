package goalbook.workbook.referencebook;

import goalbook.workbook.DeterministicZip;
import goalbook.workbook.intake.Refusal;
import goalbook.workbook.intake.WorkbookRefusedException;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Region;
import goalbook.reference.ReferenceData;
import goalbook.reference.ReferenceDataException;
import goalbook.reference.ReferenceJson;
import goalbook.reference.ReferenceProblem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The controller's reference-data workbook for one structure and year, e.g. almi-2021 2024: a row
 * per region plus "Koncernen", År and Q1–Q4 per reference measure. {@link #render} makes it
 * (pre-filled with the current values); {@link #read} reads a filled one back through the API's
 * JSON, e.g. {@code {"regions":{"nord":{"plan_utbetalda_lan":{"year":1000000}}},"group":{}}}, and
 * {@code ReferenceJson.parse}, so the JSON and the workbook share one validation.
 */
public final class ReferenceWorkbook {

    private static final ObjectMapper MAPPER = JsonMapper.builder().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    /**
     * The Swedish workbook for {@code s} and {@code year} with a row per region in the given order;
     * the same arguments give the same bytes.
     *
     * @param current the values to pre-fill, e.g. {@code ReferenceData.empty(s.id(), year)}
     */
    public byte[] render(GoalStructure s, int year, List<Region> regions, ReferenceData current) {
        return render(s, year, regions, current, List.of());
    }

    /** As {@link #render(GoalStructure, int, List, ReferenceData)}, with a {@code Källor} sheet when {@code sources} is not empty. */
    public byte[] render(GoalStructure s, int year, List<Region> regions, ReferenceData current, List<ReferenceSource> sources) {
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
            ReferenceSourcesSheet.write(wb, styles, sources);
            ReferenceIdentity.write(wb, s, year);
            var core = wb.getProperties().getCoreProperties();
            core.setTitle("Referensdata " + s.id() + " " + year);
            core.setCreator("Goalbook");
            core.setCreated(Optional.of(Date.from(LocalDate.of(year, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant())));
            wb.setActiveSheet(wb.getSheetIndex(ReferenceLayout.SHEET));
            wb.write(out);
            return DeterministicZip.stamp(out.toByteArray(), java.time.LocalDateTime.of(year, 1, 1, 0, 0));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write reference workbook", e);
        }
    }

    /**
     * The filled cells of an uploaded reference workbook, checked like JSON reference data: every
     * problem at once (text that is no number, a share above 100 %, a negative amount ...), each with
     * its cell, in reading order.
     *
     * @throws WorkbookRefusedException {@code no_identity} when it is no reference workbook,
     *     {@code wrong_reference_identity} when it is for another structure or year
     * @throws ReferenceDataException listing every bad cell
     */
    public ReferenceData read(byte[] xlsx, GoalStructure s, int year, List<Region> regions) {
        Cells read = cells(xlsx, s, year, regions);
        List<ReferenceProblem> problems = new ArrayList<>(read.notNumbers());
        Map<String, String> names = new LinkedHashMap<>();
        regions.forEach(r -> names.put(r.id(), r.name()));
        try {
            ReferenceData data = ReferenceJson.parse(read.json(), s, year, names);
            if (problems.isEmpty()) {
                return data;
            }
        } catch (ReferenceDataException e) {
            e.problems().forEach(p -> problems.add(p.at(read.cellOf().get(p.field()))));
        }
        List<String> order = new ArrayList<>(read.cellOf().keySet());
        problems.sort(Comparator.comparingInt(p -> order.indexOf(p.field()) < 0 ? Integer.MAX_VALUE : order.indexOf(p.field())));
        throw new ReferenceDataException(problems);
    }

    /**
     * The filled cells of an uploaded reference workbook as the API's JSON (with "structure" and
     * "year"); empty cells are left out, text such as "12,5 %" or "1 200" is read as a number.
     *
     * @throws WorkbookRefusedException {@code no_identity} when it is no reference workbook,
     *     {@code wrong_reference_identity} when it is for another structure or year
     * @throws ReferenceDataException listing every cell whose text is not a number
     */
    public String readAsJson(byte[] xlsx, GoalStructure s, int year, List<Region> regions) {
        Cells read = cells(xlsx, s, year, regions);
        if (!read.notNumbers().isEmpty()) {
            throw new ReferenceDataException(read.notNumbers());
        }
        return read.json();
    }

    /** The workbook's values as JSON, the cells that held no number, and which cell each JSON field came from. */
    private record Cells(String json, List<ReferenceProblem> notNumbers, Map<String, String> cellOf) {}

    private Cells cells(byte[] xlsx, GoalStructure s, int year, List<Region> regions) {
        try (XSSFWorkbook wb = open(xlsx)) {
            ReferenceIdentity identity = ReferenceIdentity.read(wb);
            if (identity == null) {
                throw noIdentity(s, year);
            }
            if (!identity.structure().equals(s.id()) || identity.year() != year) {
                throw new WorkbookRefusedException(WorkbookRefusedException.UNPROCESSABLE, "wrong_reference_identity",
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
            if (reader.namesFound() == 0 && !ReferenceLayout.measures(s).isEmpty()) {
                throw noIdentity(s, year);
            }
            return new Cells(MAPPER.writeValueAsString(root), List.copyOf(reader.badCells()), new LinkedHashMap<>(reader.cells()));
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
            throw Refusal.CORRUPT.exception();
        }
    }

    private static WorkbookRefusedException noIdentity(GoalStructure s, int year) {
        return new WorkbookRefusedException(WorkbookRefusedException.UNPROCESSABLE, "no_identity", "The file is not a Goalbook reference workbook",
                "Filen är ingen referensdataarbetsbok från Goalbook. Hämta arbetsboken för år " + year + " med knappen \""
                        + ReferenceInstructions.DOWNLOAD_BUTTON + "\" i avsnittet \"" + ReferenceInstructions.PAGE_SECTION
                        + "\" på Goalbooks sida, fyll i den och ladda upp den igen.");
    }
}
