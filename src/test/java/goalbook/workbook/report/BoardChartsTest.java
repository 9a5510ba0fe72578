package goalbook.workbook.report;

import goalbook.workbook.report.ChartCases;
import goalbook.workbook.report.ChartXml;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The board workbook's charts read back from the produced bytes as chart XML: structure B 2024-Q2
 * with 7 and with 1 of 16 regions reported, Almi Nord's own board and structure A 2019-Q4.
 */
class BoardChartsTest {

    private static final BoardScope NORD = new BoardScope("nord", "Almi Nord");
    private static final List<String> SEVEN = List.of("Nord", "Mitt", "Gävle Dala", "Uppsala", "Stockholm Sörmland", "Mälardalen", "Värmland");

    @Test
    void everyLineChart_hasGrouping_andEverySeriesStatesItsMarker() throws Exception {
        for (XSSFWorkbook wb : List.of(ChartCases.structureB(7).workbook(ChartCases.GROUP), ChartCases.structureB(7).workbook(NORD),
                ChartCases.structureA().workbook(ChartCases.GROUP))) {
            int lineCharts = 0;
            for (String sheet : List.of("Diagram", "Trend")) {
                for (ChartXml chart : ChartXml.of(wb.getSheet(sheet))) {
                    for (Element line : chart.plots("lineChart")) {
                        lineCharts++;
                        Element grouping = ChartXml.child(line, "grouping");
                        assertNotNull(grouping, chart.title());
                        assertEquals("standard", grouping.getAttribute("val"), chart.title());
                        assertEquals("c:grouping", ((Element) line.getFirstChild()).getTagName(), "grouping comes first: " + chart.title());
                    }
                    chart.series().stream().filter(s -> s.kind().equals("lineChart"))
                            .forEach(s -> assertNotNull(s.marker(), chart.title() + " / " + s.title()));
                }
            }
            assertTrue(lineCharts >= 9, "target lines and trend lines: " + lineCharts);
        }
    }

    @Test
    void bars_startFromZero() throws Exception {
        XSSFWorkbook wb = ChartCases.structureB(7).workbook(ChartCases.GROUP);
        List<ChartXml> charts = ChartXml.of(wb.getSheet("Diagram"));
        assertEquals(9, charts.size());
        for (ChartXml chart : charts) {
            assertEquals(0.0, chart.axis("min"), chart.title());
        }
        // goal 3: 78–88 % is drawn from 0 (the axis used to start at 70 %), up to 100 % for a share
        ChartXml three = ChartXml.titled(wb.getSheet("Diagram"), "3.");
        assertEquals(100.0, three.axis("max"));
        // goal 7 in millions of kronor has no upper cap
        assertNull(ChartXml.titled(wb.getSheet("Diagram"), "7.").axis("max"));
    }

    @Test
    void trendLines_startFromZero() throws Exception {
        XSSFWorkbook wb = ChartCases.structureB(7).workbook(ChartCases.GROUP);
        List<ChartXml> charts = ChartXml.of(wb.getSheet("Trend"));
        assertFalse(charts.isEmpty());
        charts.forEach(c -> assertEquals(0.0, c.axis("min"), c.title()));
    }

    @Test
    void trendQuarterWithoutValue_isAGapInTheLine_notADropToZero() throws Exception {
        ChartCases b = ChartCases.structureB(7);
        var p1 = b.period().previousQuarter();
        var p2 = p1.previousQuarter();
        // goal 3 has no value in 2024-Q1: the table shows "–", which Excel would draw as 0
        List<TrendPoint> trend = List.of(new TrendPoint(p2, "andel_tidiga_skeden", new java.math.BigDecimal("0.75")),
                new TrendPoint(p1, "utbetalda_lan", new java.math.BigDecimal("250000000")));
        XSSFWorkbook wb = new ChartCases(b.s(), b.period(), b.c(), b.sources(), trend).workbook(ChartCases.GROUP);
        XSSFSheet sheet = wb.getSheet("Trend");
        ChartXml three = ChartXml.titled(sheet, "3.");
        ChartXml.Series line = three.series().get(0);
        assertEquals(List.of("2023-Q4", "2024-Q1", "2024-Q2"), line.categories());
        assertEquals(75.0, line.values().get(0), 1e-9);
        assertNull(line.values().get(1));
        String ref = ChartXml.text(ChartXml.first(ChartXml.first(line.ser(), "val"), "f"));
        var cells = org.apache.poi.ss.util.AreaReference.generateContiguous(org.apache.poi.ss.SpreadsheetVersion.EXCEL2007, ref)[0];
        var row = sheet.getRow(cells.getFirstCell().getRow());
        assertTrue(row.getZeroHeight(), "the numbers behind the chart are hidden");
        var middle = row.getCell(cells.getFirstCell().getCol() + 1);
        assertTrue(middle == null || middle.getCellType() == org.apache.poi.ss.usermodel.CellType.BLANK, "no text in the chart's range");
    }

    @Test
    void constantTarget_isOneLineAcrossEveryCategory() throws Exception {
        ChartXml three = ChartXml.titled(ChartCases.structureB(7).workbook(ChartCases.GROUP).getSheet("Diagram"), "3.");
        ChartXml.Series target = three.series("Målnivå");
        assertEquals("lineChart", target.kind());
        assertEquals("none", target.marker());
        assertFalse(target.noLine());
        assertEquals("Målnivå, minst 80,0 %", target.title());
        assertEquals(Collections.nCopies(8, 80.0), target.values());
        assertEquals(3, three.series().size(), "regions, group, one target line");
    }

    @Test
    void regionTargets_areDashesOnTheirOwnBars_neverOneLineAcrossRegions() throws Exception {
        // goal 7: each region its own loan plan (30, 35, 40, 45 mnkr …); the group's sum is named below the chart
        ChartXml seven = ChartXml.titled(ChartCases.structureB(7).workbook(ChartCases.GROUP).getSheet("Diagram"), "7.");
        ChartXml.Series plans = seven.series("Målnivå per region");
        assertEquals("lineChart", plans.kind());
        assertEquals("dash", plans.marker());
        assertTrue(plans.noLine(), "markers only, no line joining unrelated regions");
        assertEquals(SEVEN, plans.categories());
        assertEquals(List.of(30.0, 35.0, 40.0, 45.0, 30.0, 35.0, 40.0), plans.values());
        assertEquals(SEVEN, seven.series("Regioner").categories());
        assertTrue(seven.series().stream().filter(s -> s.kind().equals("lineChart")).allMatch(ChartXml.Series::noLine));
    }

    @Test
    void regionTargetsDiffer_groupTargetIsALine_regionsDashes() throws Exception {
        // goal 4: comparison shares 26–30 % per region, the group's 30 %
        ChartXml four = ChartXml.titled(ChartCases.structureB(7).workbook(ChartCases.GROUP).getSheet("Diagram"), "4.");
        ChartXml.Series dashes = four.series("Målnivå per region");
        assertEquals("dash", dashes.marker());
        assertTrue(dashes.noLine());
        assertEquals(Arrays.asList(26.0, 27.0, 28.0, 29.0, 30.0, 26.0, 27.0, null), dashes.values());
        ChartXml.Series group = four.series("Målnivå koncernen");
        assertEquals("none", group.marker());
        assertFalse(group.noLine());
        assertEquals(Collections.nCopies(8, 30.0), group.values());
    }

    @Test
    void oneRegion_targetStillShown() throws Exception {
        // Nord's own board, goal 7: one bar (the group's sum is apart), the plan as a dash on it
        ChartXml seven = ChartXml.titled(ChartCases.structureB(7).workbook(NORD).getSheet("Diagram"), "7.");
        ChartXml.Series plan = seven.series("Målnivå");
        assertEquals(List.of("Nord"), plan.categories());
        assertEquals(List.of(30.0), plan.values());
        assertEquals("dash", plan.marker());
        // one region of sixteen reported: goal 3 has Nord and the group, the 80 % line drawn between them
        ChartXml three = ChartXml.titled(ChartCases.structureB(1).workbook(ChartCases.GROUP).getSheet("Diagram"), "3.");
        ChartXml.Series line = three.series("Målnivå");
        assertEquals(List.of("Nord", "Koncernen"), line.categories());
        assertEquals(List.of(80.0, 80.0), line.values());
        assertFalse(line.noLine());
    }

    @Test
    void regionsWithoutReport_leftOutOfTheChart_andNamedBelowIt() throws Exception {
        XSSFSheet diagram = ChartCases.structureB(7).workbook(ChartCases.GROUP).getSheet("Diagram");
        for (ChartXml chart : ChartXml.of(diagram)) {
            List<String> categories = chart.series().get(0).categories();
            assertEquals(SEVEN, categories.subList(0, 7), chart.title());
            String note = diagram.getRow(chart.toRow()).getCell(chart.fromCol()).getStringCellValue();
            assertTrue(note.contains("Koncernens värde omfattar 7 av 16 regioner."), chart.title() + ": " + note);
            assertTrue(note.contains("Ej inlämnad: Östergötland, Väst, Halland, Jönköping, Kronoberg, Kalmar, Blekinge, Skåne, Gotland."),
                    chart.title() + ": " + note);
        }
    }

    @Test
    void structureA_noChartEmpty_indexGoalsHaveALineAt100() throws Exception {
        XSSFSheet diagram = ChartCases.structureA().workbook(ChartCases.GROUP).getSheet("Diagram");
        List<ChartXml> charts = ChartXml.of(diagram);
        for (ChartXml chart : charts) {
            long drawn = chart.series().stream().filter(s -> s.kind().equals("barChart"))
                    .flatMap(s -> s.values().stream()).filter(Objects::nonNull).count();
            assertTrue(drawn > 0, "empty chart " + chart.title());
        }
        for (String index : List.of("1. Index Tillväxt", "2. Index Fokusgrupper")) {
            ChartXml.Series line = ChartXml.titled(diagram, index).series("Målnivå");
            assertEquals("Målnivå, över 100,0", line.title());
            assertEquals(List.of(100.0, 100.0, 100.0), line.values());
            assertFalse(line.noLine());
        }
        // goal 1 fails on one sub-index although its composite bar stands above 100
        ChartXml one = ChartXml.titled(diagram, "1. Index Tillväxt");
        assertTrue(diagram.getRow(one.toRow()).getCell(one.fromCol()).getStringCellValue()
                .startsWith("Koncernen: delindex Förädlingsvärde 99,1 är inte uppfyllt."));
        // goal 6: the three shares side by side per region; goal 7: a chart per part, each with its own target
        ChartXml six = ChartXml.titled(diagram, "6.");
        assertEquals(List.of("Andel Bredd", "Andel Ideal", "Andel Spets"), six.series().stream().map(ChartXml.Series::title).toList());
        assertEquals(List.of(50.0, 40.0, 45.0), six.series("Andel Bredd").values());
        assertEquals(List.of("Nord", "Mitt", "Koncernen"), six.series("Andel Bredd").categories());
        assertEquals(List.of(100.0, 100.0, 100.0), ChartXml.titled(diagram, "7. Utnyttjandegrad").series("Målnivå").values());
        ChartXml.Series low = ChartXml.titled(diagram, "7. Avkastning").series("Lägsta målnivå");
        assertEquals(List.of(2.0, 2.0, 2.0), low.values());
        assertEquals(8, charts.size(), "goals 1–6 and goal 7's two parts");
    }

    @Test
    void noRegionReported_noEmptyChart_theGoalNamedWithItsNoteInstead() throws Exception {
        XSSFSheet diagram = ChartCases.structureB(0).workbook(ChartCases.GROUP).getSheet("Diagram");
        for (ChartXml chart : ChartXml.of(diagram)) {
            assertTrue(chart.series().stream().flatMap(x -> x.values().stream()).anyMatch(Objects::nonNull), "empty chart " + chart.title());
        }
        String text = ConsolidatedWorkbookTest.text(diagram);
        assertTrue(text.contains("3. Andel unika kunder i tidiga skeden – Koncernen: Uppgift saknas – inget värde att visa.\n"), text);
        assertTrue(text.contains("Ej inlämnad: Nord, Mitt, Gävle Dala"), text);
    }

    @Test
    void groupOnlyGoal_showsTheGroup_andSaysWhy() throws Exception {
        XSSFSheet diagram = ChartCases.structureA().workbook(ChartCases.GROUP).getSheet("Diagram");
        ChartXml three = ChartXml.titled(diagram, "3.");
        assertEquals(List.of("Koncernen"), three.series().get(0).categories());
        assertEquals("dash", three.series("Målnivå").marker(), "a line through one point is not drawn");
        assertEquals("Målet mäts för koncernen som helhet, inte per region.",
                diagram.getRow(three.toRow()).getCell(three.fromCol()).getStringCellValue());
    }

    @Test
    void noChartCutByAPageBreak() throws Exception {
        for (XSSFWorkbook wb : List.of(ChartCases.structureB(7).workbook(ChartCases.GROUP), ChartCases.structureB(7).workbook(NORD),
                ChartCases.structureA().workbook(ChartCases.GROUP))) {
            for (String name : List.of("Diagram", "Trend")) {
                XSSFSheet sheet = wb.getSheet(name);
                assertFalse(sheet.getFitToPage(), name + ": Excel ignores row breaks under fit to page");
                double scale = sheet.getPrintSetup().getScale() / 100.0;
                double width = 0;
                for (int c = 0; c < (name.equals("Diagram") ? 12 : 9); c++) {
                    width += (sheet.getColumnWidth(c) / 256.0 * 7 + 5) * 0.75;
                }
                assertTrue(width * scale * 1.25 <= ChartPages.PRINTABLE_WIDTH, name + " is wider than the page");
                List<Integer> breaks = new ArrayList<>();
                for (int b : sheet.getRowBreaks()) {
                    breaks.add(b);
                }
                for (ChartXml chart : ChartXml.of(sheet)) {
                    int start = breaks.stream().filter(b -> b < chart.fromRow()).max(Integer::compare).map(b -> b + 1).orElse(0);
                    // the chart covers rows fromRow .. toRow - 1; a break after row b
                    assertTrue(breaks.stream().noneMatch(b -> b >= chart.fromRow() && b < chart.toRow() - 1),
                            name + ": break inside " + chart.title());
                    double used = 0;
                    for (int r = start; r <= chart.toRow(); r++) {
                        var row = sheet.getRow(r);
                        used += row == null ? 20 : Math.max(row.getHeightInPoints(), row.getCTRow().getCustomHeight() ? 0 : 20);
                    }
                    assertTrue(used * scale <= ChartPages.PRINTABLE_HEIGHT, name + ": " + chart.title() + " ends below the page, " + used);
                }
            }
        }
    }
}
