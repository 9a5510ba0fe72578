package goalbook.workbook.report;

import goalbook.workbook.Styles;
import java.util.List;
import javax.xml.namespace.QName;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.Grouping;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.xmlbeans.XmlCursor;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDLbls;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineChart;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTLineSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDLblPos;
import org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs;
import org.openxmlformats.schemas.drawingml.x2006.main.CTTextBody;

/**
 * XDDF charts over cell ranges, e.g. goal 3's bars (the regions in blue, the group in dark blue on
 * the same slots) with the target 80 % as a red line across them, or each region's own plan as a red
 * dash on its bar. Data stay in cells so the chart shows the same numbers as the table beside it.
 * Every line chart part carries {@code c:grouping} (the schema requires it) and every series states
 * its marker, so Excel has nothing to repair or guess.
 */
final class Charts {

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    static final byte[] REGION = Styles.rgb(0x5B, 0x9B, 0xD5);
    static final byte[] GROUP = Styles.rgb(0x1F, 0x3A, 0x5F);
    static final byte[] TARGET = Styles.rgb(0xC0, 0x00, 0x00);
    /** The group's own target beside the regions' dashes: a darker red, so the two read apart. */
    static final byte[] GROUP_TARGET = Styles.rgb(0x7B, 0x00, 0x1C);
    static final byte[] TARGET_HIGH = Styles.rgb(0xED, 0x7D, 0x31);
    /** Colours for series side by side, e.g. a goal's parts Bredd, Ideal and Spets. */
    static final byte[][] PARTS = {REGION, Styles.rgb(0x70, 0xAD, 0x47), Styles.rgb(0xFF, 0xC0, 0x00), Styles.rgb(0x7F, 0x7F, 0x7F)};
    /** Above this many categories a value label is wider than its bar; the numbers are in the table beside the chart. */
    static final int MAX_VALUE_LABELS = 8;
    /** A target marker's size in points: wide enough to read as a dash across its bar. */
    static final int MARKER_SIZE = 16;

    /** BAR: a column per category; LINE: a line without markers; MARKERS: a dash per category and no line; POINTS: a line through circles. */
    enum Kind { BAR, LINE, MARKERS, POINTS }

    /** One series: values in {@code range} of the data sheet. */
    record Series(String title, CellRangeAddress range, byte[] colour, Kind kind) {}

    /** Where on the host sheet: columns {@code col..col+cols}, rows {@code row..row+rows}. */
    record Place(XSSFSheet host, int col, int row, int cols, int rows) {}

    /**
     * The value axis: its title, its number format (also the bars' value labels'), e.g. {@code 0.0" %"},
     * and, when set, a fixed minimum or maximum (e.g. 0 so bars start from zero).
     */
    record Axis(String title, String format, Double min, Double max) {}

    private Charts() {}

    /**
     * Bars with lines and markers on one value axis. {@code sameSlot}: the bar series share each
     * category's slot (a region's bar and the group's bar are never in the same category), else
     * they stand side by side.
     */
    static XSSFChart bars(Place at, String title, Axis axis, XSSFSheet data, CellRangeAddress categories, List<Series> series,
                          boolean sameSlot) {
        XSSFChart chart = chart(at, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, axis);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(data, categories);
        smallLabels(chart);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        int slots = XDDFDataSourcesFactory.fromStringCellRange(data, categories).getPointCount();
        bars.setGapWidth(slots <= 3 ? 220 : sameSlot ? 60 : 80); // a lone bar is not drawn across the whole chart
        // a line chart part is written as soon as it is created, so only when there is a line to draw
        XDDFLineChartData lines = null;
        for (Series s : series) {
            XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromNumericCellRange(data, s.range());
            if (s.kind() == Kind.BAR) {
                XDDFBarChartData.Series bs = (XDDFBarChartData.Series) bars.addSeries(cats, v);
                bs.setTitle(s.title(), null);
                bs.setShapeProperties(fill(s.colour()));
                if (slots <= MAX_VALUE_LABELS) {
                    valueLabels(bs.getCTBarSer().addNewDLbls(), axis.format(), series.stream().allMatch(o -> o.kind() == Kind.BAR));
                }
            } else {
                if (lines == null) {
                    lines = lineData(chart, x, y);
                }
                addLine(lines, cats, v, s);
            }
        }
        chart.plot(bars);
        if (sameSlot) {
            overlap(chart);
        }
        if (lines != null) {
            chart.plot(lines);
        }
        return chart;
    }

    /** 8 pt category names, so sixteen regions' names need less room below the bars. */
    private static void smallLabels(XSSFChart chart) {
        var cat = chart.getCTChart().getPlotArea().getCatAxArray(0);
        CTTextBody text = cat.isSetTxPr() ? cat.getTxPr() : cat.addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        text.addNewP().addNewPPr().addNewDefRPr().setSz(800);
    }

    /**
     * Each bar's value in the axis' format, small, so a board member need not read values off the
     * grid: above the bar when nothing else is drawn, else in white at the bar's foot, where no
     * target line or dash (drawn near the bar's top) runs through it.
     */
    private static void valueLabels(CTDLbls labels, String format, boolean above) {
        var numFmt = labels.addNewNumFmt();
        numFmt.setFormatCode(format);
        numFmt.setSourceLinked(false);
        CTTextBody text = labels.addNewTxPr();
        text.addNewBodyPr();
        text.addNewLstStyle();
        var run = text.addNewP().addNewPPr().addNewDefRPr();
        run.setSz(800);
        if (!above) {
            run.setB(true);
            run.addNewSolidFill().addNewSrgbClr().setVal(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
        }
        labels.addNewDLblPos().setVal(above ? STDLblPos.OUT_END : STDLblPos.IN_BASE);
        labels.addNewShowLegendKey().setVal(false);
        labels.addNewShowVal().setVal(true);
        labels.addNewShowCatName().setVal(false);
        labels.addNewShowSerName().setVal(false);
        labels.addNewShowPercent().setVal(false);
        labels.addNewShowBubbleSize().setVal(false);
    }

    /** Lines only, e.g. a goal's group value over the last quarters as {@link Kind#POINTS}. */
    static XSSFChart lines(Place at, String title, Axis axis, XSSFSheet data, CellRangeAddress categories, List<Series> series) {
        XSSFChart chart = chart(at, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, axis);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(data, categories);
        XDDFLineChartData lines = lineData(chart, x, y);
        for (Series s : series) {
            addLine(lines, cats, XDDFDataSourcesFactory.fromNumericCellRange(data, s.range()), s);
        }
        chart.plot(lines);
        return chart;
    }

    private static XDDFLineChartData lineData(XSSFChart chart, XDDFCategoryAxis x, XDDFValueAxis y) {
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        lines.setVaryColors(false);
        lines.setGrouping(Grouping.STANDARD);
        CTLineChart ct = lineChart(chart, lines);
        if (!ct.isSetMarker()) {
            ct.addNewMarker();
        }
        ct.getMarker().setVal(true);
        return lines;
    }

    /** The CTLineChart behind {@code lines}: the plot area's last one (each chart here has at most one). */
    private static CTLineChart lineChart(XSSFChart chart, XDDFLineChartData lines) {
        var plot = chart.getCTChart().getPlotArea();
        return plot.getLineChartArray(plot.sizeOfLineChartArray() - 1);
    }

    private static XDDFLineChartData.Series addLine(XDDFLineChartData lines, XDDFDataSource<String> cats, XDDFNumericalDataSource<Double> v,
                                                   Series s) {
        XDDFLineChartData.Series ls = (XDDFLineChartData.Series) lines.addSeries(cats, v);
        ls.setTitle(s.title(), null);
        ls.setSmooth(false);
        if (s.kind() == Kind.MARKERS) {
            ls.setMarkerStyle(MarkerStyle.DASH);
            markerSize(ls, MARKER_SIZE);
            markerFill(ls, s.colour());
            XDDFShapeProperties none = new XDDFShapeProperties();
            none.setLineProperties(new XDDFLineProperties(new XDDFNoFillProperties()));
            ls.setShapeProperties(none);
        } else if (s.kind() == Kind.POINTS) {
            ls.setMarkerStyle(MarkerStyle.CIRCLE);
            markerSize(ls, 6);
            markerFill(ls, s.colour());
            ls.setLineProperties(line(s.colour(), 2.25));
        } else {
            ls.setMarkerStyle(MarkerStyle.NONE);
            ls.setLineProperties(line(s.colour(), 2.25));
        }
        return ls;
    }

    /**
     * {@code <c:size val="…"/>} after the marker's symbol, written through a cursor as the ooxml-lite
     * schemas lack the size's value type (the typed setter fails at run time).
     */
    private static void markerSize(XDDFLineChartData.Series ls, int points) {
        CTLineSer ser = ls.getCTLineSer();
        var marker = ser.isSetMarker() ? ser.getMarker() : ser.addNewMarker();
        try (XmlCursor c = marker.newCursor()) {
            c.selectPath("declare namespace c='" + CHART_NS + "' ./c:symbol");
            if (c.toNextSelection()) {
                c.toEndToken();
                c.toNextToken();
            } else {
                c.toEndToken();
            }
            c.beginElement(new QName(CHART_NS, "size", "c"));
            c.insertAttributeWithValue("val", Integer.toString(points));
        }
    }

    /** The marker filled and outlined in {@code rgb}, so it is the series' colour in every application. */
    private static void markerFill(XDDFLineChartData.Series ls, byte[] rgb) {
        CTLineSer ser = ls.getCTLineSer();
        var marker = ser.isSetMarker() ? ser.getMarker() : ser.addNewMarker();
        XDDFShapeProperties p = fill(rgb);
        p.setLineProperties(line(rgb, 0.75));
        marker.setSpPr(p.getXmlObject());
    }

    /**
     * Puts the bar series on the same slots ({@code <c:overlap val="100"/>} after {@code gapWidth}),
     * so the group's bar is not pushed aside by the regions' blanks; written through a cursor as the
     * ooxml-lite schemas lack the typed setter's value type.
     */
    private static void overlap(XSSFChart chart) {
        var bar = chart.getCTChart().getPlotArea().getBarChartArray(0);
        try (XmlCursor c = bar.newCursor()) {
            c.selectPath("declare namespace c='" + CHART_NS + "' ./c:axId");
            if (c.toNextSelection()) {
                c.beginElement(new QName(CHART_NS, "overlap", "c"));
                c.insertAttributeWithValue("val", "100");
            }
        }
    }

    private static XSSFChart chart(Place at, String title) {
        XSSFDrawing drawing = at.host().createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, at.col(), at.row(), at.col() + at.cols(), at.row() + at.rows());
        anchor.setAnchorType(org.apache.poi.ss.usermodel.ClientAnchor.AnchorType.DONT_MOVE_AND_RESIZE);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        // 12 pt bold: a long goal name on two lines, not three, above a half-width chart
        for (var p : chart.getCTChart().getTitle().getTx().getRich().getPList()) {
            for (var r : p.getRList()) {
                var rPr = r.isSetRPr() ? r.getRPr() : r.addNewRPr();
                rPr.setLang("sv-SE");
                rPr.setSz(1200);
                rPr.setB(true);
            }
        }
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // A region without a level (or a value) is a gap in the line, never a drop to zero.
        var ct = chart.getCTChart();
        (ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs()).setVal(STDispBlanksAs.GAP);
        // values may sit in hidden rows (the Trend sheet's numbers behind its "–" cells)
        (ct.isSetPlotVisOnly() ? ct.getPlotVisOnly() : ct.addNewPlotVisOnly()).setVal(false);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, Axis axis) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setTitle(axis.title());
        y.setNumberFormat(axis.format());
        if (axis.min() != null) {
            y.setMinimum(axis.min());
        }
        if (axis.max() != null) {
            y.setMaximum(axis.max());
        }
        y.getOrAddMajorGridProperties().setLineProperties(line(Styles.rgb(0xD9, 0xD9, 0xD9), 0.75));
        return y;
    }

    private static XDDFShapeProperties fill(byte[] rgb) {
        XDDFShapeProperties p = new XDDFShapeProperties();
        p.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        return p;
    }

    private static XDDFLineProperties line(byte[] rgb, double width) {
        XDDFLineProperties p = new XDDFLineProperties(new XDDFSolidFillProperties(XDDFColor.from(rgb)));
        p.setWidth(width);
        return p;
    }
}
