package goalbook.workbook;

import java.util.List;
import javax.xml.namespace.QName;
import org.apache.xmlbeans.XmlCursor;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
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

/**
 * XDDF charts over cell ranges, e.g. goal 3's bars (the regions in blue, the group in dark blue on
 * the same slots) with the target 80 % as a red line. Data stay in cells so the chart shows the
 * same numbers as the table beside it.
 */
final class Charts {

    private static final String CHART_NS = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    static final byte[] REGION = Styles.rgb(0x5B, 0x9B, 0xD5);
    static final byte[] GROUP = Styles.rgb(0x1F, 0x3A, 0x5F);
    static final byte[] TARGET = Styles.rgb(0xC0, 0x00, 0x00);
    static final byte[] TARGET_HIGH = Styles.rgb(0xED, 0x7D, 0x31);
    static final byte[][] LINES = {GROUP, Styles.rgb(0x70, 0xAD, 0x47), Styles.rgb(0xED, 0x7D, 0x31), Styles.rgb(0x7F, 0x7F, 0x7F)};

    /** One series: values in {@code range} of the data sheet, drawn as bars or as a line. */
    record Series(String title, CellRangeAddress range, byte[] colour, boolean line) {}

    /** Where on the host sheet: columns {@code col..col+cols}, rows {@code row..row+rows}. */
    record Place(XSSFSheet host, int col, int row, int cols, int rows) {}

    private Charts() {}

    /** Bars (overlapping, so a series with blanks fills the others' gaps) and lines on one value axis. */
    static XSSFChart bars(Place at, String title, String axisTitle, XSSFSheet data, CellRangeAddress categories, List<Series> series) {
        XSSFChart chart = chart(at, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, axisTitle);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(data, categories);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        bars.setGapWidth(60);
        // a line chart part is written as soon as it is created, so only when there is a line to draw
        XDDFLineChartData lines = null;
        for (Series s : series) {
            XDDFNumericalDataSource<Double> v = XDDFDataSourcesFactory.fromNumericCellRange(data, s.range());
            if (s.line()) {
                if (lines == null) {
                    lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
                    lines.setGrouping(Grouping.STANDARD); // required by the schema; Excel repairs a line chart without it
                    lines.setVaryColors(false);
                }
                XDDFLineChartData.Series ls = (XDDFLineChartData.Series) lines.addSeries(cats, v);
                ls.setTitle(s.title(), null);
                ls.setSmooth(false);
                ls.setMarkerStyle(MarkerStyle.NONE);
                ls.setLineProperties(line(s.colour(), 2.25));
            } else {
                XDDFBarChartData.Series bs = (XDDFBarChartData.Series) bars.addSeries(cats, v);
                bs.setTitle(s.title(), null);
                bs.setShapeProperties(fill(s.colour()));
            }
        }
        chart.plot(bars);
        overlap(chart);
        if (lines != null) {
            chart.plot(lines);
        }
        return chart;
    }

    /** Lines with markers, e.g. a goal's group value over the last quarters. */
    static XSSFChart lines(Place at, String title, String axisTitle, XSSFSheet data, CellRangeAddress categories, List<Series> series) {
        XSSFChart chart = chart(at, title);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = valueAxis(chart, axisTitle);
        XDDFDataSource<String> cats = XDDFDataSourcesFactory.fromStringCellRange(data, categories);
        XDDFLineChartData lines = (XDDFLineChartData) chart.createData(ChartTypes.LINE, x, y);
        lines.setGrouping(Grouping.STANDARD);
        lines.setVaryColors(false);
        for (Series s : series) {
            XDDFLineChartData.Series ls = (XDDFLineChartData.Series) lines.addSeries(cats,
                    XDDFDataSourcesFactory.fromNumericCellRange(data, s.range()));
            ls.setTitle(s.title(), null);
            ls.setSmooth(false);
            ls.setMarkerStyle(s.line() ? MarkerStyle.NONE : MarkerStyle.CIRCLE);
            ls.setLineProperties(line(s.colour(), 2.25));
        }
        chart.plot(lines);
        return chart;
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
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
        // A region without a level (or a value) is a gap in the line, never a drop to zero.
        var ct = chart.getCTChart();
        (ct.isSetDispBlanksAs() ? ct.getDispBlanksAs() : ct.addNewDispBlanksAs())
                .setVal(org.openxmlformats.schemas.drawingml.x2006.chart.STDispBlanksAs.GAP);
        return chart;
    }

    private static XDDFValueAxis valueAxis(XSSFChart chart, String title) {
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setCrossBetween(AxisCrossBetween.BETWEEN);
        y.setTitle(title);
        XDDFLineProperties grid = line(Styles.rgb(0xD9, 0xD9, 0xD9), 0.75);
        y.getOrAddMajorGridProperties().setLineProperties(grid);
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
