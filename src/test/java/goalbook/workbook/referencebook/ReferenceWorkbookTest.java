package goalbook.workbook.referencebook;

import goalbook.workbook.intake.WorkbookRefusedException;
import goalbook.workbook.Filling;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.goals.GoalStructure;
import goalbook.goals.Region;
import goalbook.goals.TestStructures;
import goalbook.reference.Level;
import goalbook.reference.ReferenceData;
import goalbook.reference.ReferenceDataException;
import goalbook.reference.ReferenceProblem;
import goalbook.reference.ReferenceJson;
import goalbook.reference.ReferenceResolver;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ReferenceWorkbookTest {

    private final GoalStructure b = TestStructures.structureB();
    private final List<Region> regions = TestStructures.regions().all();
    private final Set<String> regionIds = regions.stream().map(Region::id).collect(Collectors.toSet());
    private final ReferenceWorkbook workbook = new ReferenceWorkbook();

    private byte[] emptyB(int year) {
        return workbook.render(b, year, regions, ReferenceData.empty(b.id(), year));
    }

    /** A measure's label as the structure file has it (its spelling may be corrected there). */
    private String label(String measure) {
        return b.measures().get(measure).label();
    }

    private ReferenceData readBack(byte[] xlsx) {
        return ReferenceJson.parse(workbook.readAsJson(xlsx, b, 2024, regions), b, 2024, regionIds);
    }

    @Test
    void render_freshWorkbook_hasSheetsNamesUnlockedInputsAndIdentity() throws Exception {
        try (XSSFWorkbook wb = Filling.open(emptyB(2024))) {
            assertEquals("Instruktioner", wb.getSheetName(0));
            assertEquals("Referensdata", wb.getSheetName(1));
            assertEquals(SheetVisibility.HIDDEN, wb.getSheetVisibility(wb.getSheetIndex("gb_identitet")));
            XSSFCell nord = Filling.cell(wb, "gb_ref_nord_plan_utbetalda_lan_year");
            assertFalse(nord.getCellStyle().getLocked());
            assertEquals("Almi Nord", nord.getRow().getCell(0).getStringCellValue());
            XSSFCell dala = Filling.cell(wb, "gb_ref_gavle_dala_plan_utbetalda_lan_q4");
            assertEquals("gavle-dala", dala.getRow().getCell(1).getStringCellValue());
            XSSFCell group = Filling.cell(wb, "gb_ref_koncernen_engagemangsindex_year");
            assertEquals("Koncernen", group.getRow().getCell(0).getStringCellValue());
            assertEquals(nord.getRowIndex() + regions.size(), group.getRowIndex());
            assertEquals("0.0 %", Filling.cell(wb, "gb_ref_mitt_jmf_andel_kvinnor_q1").getCellStyle().getDataFormatString());
            assertEquals("#,##0", nord.getCellStyle().getDataFormatString());
            assertEquals("almi-2021", wb.getProperties().getCustomProperties().getProperty("goalbook.reference.structure").getLpwstr());
            assertEquals("2024", wb.getProperties().getCustomProperties().getProperty("goalbook.reference.year").getLpwstr());
            XSSFSheet sheet = wb.getSheet("Referensdata");
            assertTrue(sheet.getProtect());
            assertTrue(wb.getSheet("Instruktioner").getProtect());
            assertNull(sheet.getCTWorksheet().getSheetProtection().getPassword());
            assertNotNull(sheet.getPaneInformation());
            assertEquals(5, sheet.getPaneInformation().getHorizontalSplitTopRow());
            assertEquals(2, sheet.getPaneInformation().getVerticalSplitLeftColumn());
        }
    }

    @Test
    void render_headersCarryLabelHelpAndQuarterColumns() throws Exception {
        try (XSSFWorkbook wb = Filling.open(emptyB(2024))) {
            XSSFCell year = Filling.cell(wb, "gb_ref_nord_plan_utbetalda_lan_year");
            XSSFSheet sheet = year.getSheet();
            Cell label = sheet.getRow(3).getCell(year.getColumnIndex());
            assertEquals("Målnivå utbetalda lån (kr)", label.getStringCellValue());
            assertTrue(label.getCellComment().getString().getString().contains("× kvartal / 4"));
            assertTrue(sheet.getMergedRegions().stream().anyMatch(r -> r.isInRange(3, year.getColumnIndex() + 4) && r.isInRange(3, year.getColumnIndex())));
            assertEquals(List.of("År", "Q1", "Q2", "Q3", "Q4"),
                    java.util.stream.IntStream.range(0, 5).mapToObj(i -> sheet.getRow(4).getCell(year.getColumnIndex() + i).getStringCellValue()).toList());
            Cell cost = sheet.getRow(3).getCell(Filling.cell(wb, "gb_ref_nord_plan_kostnad_per_insats_year").getColumnIndex());
            assertTrue(cost.getCellComment().getString().getString().contains("som den är i varje kvartal"));
        }
    }

    @Test
    void render_shareCells_validateZeroToHundredPercentWithPrompt() throws Exception {
        try (XSSFWorkbook wb = Filling.open(emptyB(2024))) {
            XSSFCell share = Filling.cell(wb, "gb_ref_kalmar_jmf_andel_kvinnor_q3");
            DataValidation v = wb.getSheet("Referensdata").getDataValidations().stream()
                    .filter(d -> java.util.Arrays.stream(d.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(share)))
                    .findFirst().orElseThrow();
            assertEquals(DataValidation.ErrorStyle.STOP, v.getErrorStyle());
            assertEquals("0", v.getValidationConstraint().getFormula1());
            assertEquals("1", v.getValidationConstraint().getFormula2());
            assertTrue(v.getShowPromptBox());
            assertTrue(v.getErrorBoxText().contains("mellan 0 % och 100 %"), v.getErrorBoxText());
        }
    }

    @Test
    void readAsJson_filledCells_parseAndResolveToExpectedValues() throws Exception {
        byte[] filled = Filling.fill(emptyB(2024), Map.of(
                "gb_ref_nord_plan_utbetalda_lan_year", 1_000_000.0,
                "gb_ref_nord_plan_avslutade_insatser_year", 40.0,
                "gb_ref_nord_plan_avslutade_insatser_q2", 18.0,
                "gb_ref_mitt_jmf_andel_kvinnor_year", 0.345,
                "gb_ref_gavle_dala_plan_kostnad_per_insats_year", "12 500",
                "gb_ref_gavle_dala_jmf_andel_utlandsk_year", "31,5 %",
                "gb_ref_koncernen_engagemangsindex_year", 86.0));
        String json = workbook.readAsJson(filled, b, 2024, regions);
        assertFalse(json.contains("\"uppsala\""), json);
        ReferenceData d = ReferenceJson.parse(json, b, 2024, regionIds);

        Map<String, BigDecimal> nordQ2 = ReferenceResolver.resolve(b, d, "nord", 2);
        assertEquals(0, new BigDecimal("500000").compareTo(nordQ2.get("plan_utbetalda_lan")));
        assertEquals(0, new BigDecimal("18").compareTo(nordQ2.get("plan_avslutade_insatser")));
        assertEquals(0, new BigDecimal("30").compareTo(ReferenceResolver.resolve(b, d, "nord", 3).get("plan_avslutade_insatser")));
        assertEquals(new BigDecimal("0.345"), ReferenceResolver.resolve(b, d, "mitt", 1).get("jmf_andel_kvinnor"));
        Map<String, BigDecimal> dalaQ3 = ReferenceResolver.resolve(b, d, "gavle-dala", 3);
        assertEquals(new BigDecimal("12500"), dalaQ3.get("plan_kostnad_per_insats"));
        assertEquals(0, new BigDecimal("0.315").compareTo(dalaQ3.get("jmf_andel_utlandsk")));
        assertEquals(new BigDecimal("86"), ReferenceResolver.resolve(b, d, null, 4).get("engagemangsindex"));
        assertFalse(ReferenceResolver.resolve(b, d, "nord", 2).containsKey("engagemangsindex"));
    }

    @Test
    void readAsJson_renderedCurrentValues_roundTrip() throws Exception {
        ReferenceData current = new ReferenceData(b.id(), 2024,
                Map.of("nord", Map.of("plan_utbetalda_lan", new Level(new BigDecimal("1200000.5"), Map.of(1, new BigDecimal("250000"), 4, new BigDecimal("1300000"))),
                                "jmf_andel_kvinnor", Level.annual(new BigDecimal("0.31"))),
                        "stockholm-sormland", Map.of("jmf_omsattningstillvaxt", Level.annual(new BigDecimal("-0.042")))),
                Map.of("engagemangsindex", Level.annual(new BigDecimal("86.5"))));
        byte[] xlsx = workbook.render(b, 2024, regions, current);
        // compared as JSON trees: the same values, whatever the order of the maps
        var json = new com.fasterxml.jackson.databind.ObjectMapper();
        assertEquals(json.readTree(ReferenceJson.write(current)), json.readTree(ReferenceJson.write(readBack(xlsx))));
    }

    @Test
    void render_sameArguments_giveSameBytes() {
        assertArrayEquals(emptyB(2024), emptyB(2024));
    }

    @Test
    void readAsJson_wrongYear_isRefused() {
        WorkbookRefusedException e = assertThrows(WorkbookRefusedException.class,
                () -> workbook.readAsJson(emptyB(2023), b, 2024, regions));
        assertEquals("wrong_reference_identity", e.code());
        assertTrue(e.swedish().contains("år 2023") && e.swedish().contains("år 2024"), e.swedish());
    }

    @Test
    void readAsJson_otherStructure_isRefused() {
        GoalStructure a = TestStructures.structureA();
        byte[] xlsxA = workbook.render(a, 2024, regions, ReferenceData.empty(a.id(), 2024));
        assertEquals("wrong_reference_identity",
                assertThrows(WorkbookRefusedException.class, () -> workbook.readAsJson(xlsxA, b, 2024, regions)).code());
    }

    @Test
    void readAsJson_plainWorkbook_hasNoIdentity() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Blad1").createRow(0).createCell(0).setCellValue(1);
            byte[] plain = Filling.bytes(wb);
            assertEquals("no_identity",
                    assertThrows(WorkbookRefusedException.class, () -> workbook.readAsJson(plain, b, 2024, regions)).code());
        }
    }

    @Test
    void readAsJson_customPropertiesDropped_readsIdentityFromHiddenSheet() throws Exception {
        byte[] filled = Filling.fill(emptyB(2024), Map.of("gb_ref_nord_plan_utbetalda_lan_year", 1000.0));
        byte[] withoutProperties = Filling.replaceInEntry(filled, "docProps/custom.xml", "goalbook.reference.", "dropped.");
        try (XSSFWorkbook wb = Filling.open(withoutProperties)) {
            assertFalse(wb.getProperties().getCustomProperties().contains("goalbook.reference.structure"));
        }
        assertEquals(0, new BigDecimal("1000").compareTo(readBack(withoutProperties).regions().get("nord").get("plan_utbetalda_lan").year()));
        assertEquals("wrong_reference_identity", assertThrows(WorkbookRefusedException.class,
                () -> workbook.readAsJson(withoutProperties, b, 2025, regions)).code());
    }

    @Test
    void readAsJson_textThatIsNoNumber_isRefusedNamingEveryCell() throws Exception {
        byte[] filled = Filling.fill(emptyB(2024), Map.of(
                "gb_ref_nord_plan_utbetalda_lan_q2", "abc",
                "gb_ref_koncernen_engagemangsindex_year", "ca 80",
                "gb_ref_mitt_plan_utbetalda_lan_year", 5.0));
        String abc;
        String ca;
        try (XSSFWorkbook wb = Filling.open(filled)) {
            abc = "Referensdata!" + Filling.cell(wb, "gb_ref_nord_plan_utbetalda_lan_q2").getReference();
            ca = "Referensdata!" + Filling.cell(wb, "gb_ref_koncernen_engagemangsindex_year").getReference();
        }
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> workbook.readAsJson(filled, b, 2024, regions));
        assertEquals(List.of(abc, ca), e.problems().stream().map(ReferenceProblem::cell).toList());
        assertEquals("Almi Nord, " + label("plan_utbetalda_lan") + ", Q2: 'abc' är inte ett tal.", e.problems().get(0).swedish());
        assertEquals("Koncernen, " + label("engagemangsindex") + ", årsnivå: 'ca 80' är inte ett tal.", e.problems().get(1).swedish());
    }

    @Test
    void read_everyProblemAtOnce_inReadingOrderWithCellsInSwedishOnly() throws Exception {
        // Excel's data validation stops these, but pasting (or LibreOffice) gets them in: the server must say all of them.
        byte[] filled = Filling.fill(emptyB(2024), Map.of(
                "gb_ref_koncernen_engagemangsindex_year", "ca 80",
                "gb_ref_mitt_jmf_andel_kvinnor_q2", 1.2,
                "gb_ref_mitt_jmf_andel_utlandsk_year", 1.0,
                "gb_ref_nord_plan_utbetalda_lan_year", -1.0,
                "gb_ref_nord_plan_utbetalda_lan_q1", 0.0,
                "gb_ref_nord_plan_avslutade_insatser_q3", "1,200"));
        Map<String, String> cell = new java.util.HashMap<>();
        try (XSSFWorkbook wb = Filling.open(filled)) {
            for (String n : List.of("gb_ref_koncernen_engagemangsindex_year", "gb_ref_mitt_jmf_andel_kvinnor_q2",
                    "gb_ref_nord_plan_utbetalda_lan_year", "gb_ref_nord_plan_avslutade_insatser_q3")) {
                cell.put(n, "Referensdata!" + Filling.cell(wb, n).getReference());
            }
        }
        ReferenceDataException e = assertThrows(ReferenceDataException.class, () -> workbook.read(filled, b, 2024, regions));
        List<ReferenceProblem> p = e.problems();
        assertEquals(List.of(cell.get("gb_ref_nord_plan_utbetalda_lan_year"), cell.get("gb_ref_nord_plan_avslutade_insatser_q3"),
                cell.get("gb_ref_mitt_jmf_andel_kvinnor_q2"), cell.get("gb_ref_koncernen_engagemangsindex_year")),
                p.stream().map(ReferenceProblem::cell).toList(), p.toString());
        assertEquals("Almi Nord, " + label("plan_utbetalda_lan") + ", årsnivå: får inte vara negativt, angivet -1.", p.get(0).swedish());
        assertTrue(p.get(1).swedish().startsWith("Almi Nord, " + label("plan_avslutade_insatser") + ", Q3: '1,200' kan läsas på två sätt"),
                p.get(1).swedish());
        assertEquals("Almi Mitt, " + label("jmf_andel_kvinnor") + ", Q2: en andel ska vara mellan 0 % och 100 %, angivet 120 %.", p.get(2).swedish());
        assertEquals("Koncernen, " + label("engagemangsindex") + ", årsnivå: 'ca 80' är inte ett tal.", p.get(3).swedish());
        assertEquals("regions.mitt.jmf_andel_kvinnor.Q2", p.get(2).field());
        assertTrue(p.get(2).message().contains("between 0 and 1"), p.get(2).message());
    }

    @Test
    void read_allValid_givesTheData() throws Exception {
        byte[] filled = Filling.fill(emptyB(2024), Map.of("gb_ref_mitt_jmf_andel_kvinnor_q2", 1.0, "gb_ref_nord_plan_utbetalda_lan_year", 0.0));
        ReferenceData d = workbook.read(filled, b, 2024, regions);
        assertEquals(0, BigDecimal.ONE.compareTo(d.regions().get("mitt").get("jmf_andel_kvinnor").quarters().get(2)));
    }

    @Test
    void readAsJson_blankTextCell_isEmpty() throws Exception {
        byte[] filled = Filling.fill(emptyB(2024), Map.of("gb_ref_nord_plan_utbetalda_lan_year", "   "));
        assertTrue(readBack(filled).regions().isEmpty());
    }

    @Test
    void render_currentForAnotherYear_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> workbook.render(b, 2024, regions, ReferenceData.empty(b.id(), 2023)));
    }

    @Test
    void instructions_sendTheControllerToThePageSectionAndButtonsThatExist() throws Exception {
        String page;
        try (var in = getClass().getClassLoader().getResourceAsStream("public/addin/taskpane.html")) {
            page = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook wb = Filling.open(emptyB(2024))) {
            wb.getSheet("Instruktioner").forEach(row -> row.forEach(c -> text.append(c.getStringCellValue()).append('\n')));
        }
        assertFalse(text.toString().contains("webbsida för referensdata"), "no such page exists");
        for (String name : List.of(ReferenceInstructions.PAGE_SECTION, ReferenceInstructions.DOWNLOAD_BUTTON, ReferenceInstructions.UPLOAD_BUTTON)) {
            assertTrue(text.toString().contains("\"" + name + "\""), name + " named in the instructions");
            assertTrue(page.contains(">" + name + "</"), "the page shows " + name);
        }
        assertTrue(text.toString().contains("välj år 2024"), text.toString());
    }
}
