package goalbook.workbook.report;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * One chart of a produced workbook read back as its XML part (a DOM, not POI's beans), with the rows
 * it is anchored to, e.g. "the bar chart's value axis has {@code <c:min val="0.0"/>}" or "the series
 * 'Målnivå per region' has a dash marker and no line".
 */
record ChartXml(String title, Document doc, int fromRow, int toRow, int fromCol, int toCol) {

    static final String C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    static final String A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    /** The sheet's charts in drawing order. */
    static List<ChartXml> of(XSSFSheet sheet) throws Exception {
        List<ChartXml> out = new ArrayList<>();
        XSSFDrawing drawing = sheet.getDrawingPatriarch();
        if (drawing == null) {
            return out;
        }
        List<XSSFChart> charts = drawing.getCharts();
        List<XSSFClientAnchor> anchors = new ArrayList<>();
        for (XSSFShape s : drawing.getShapes()) {
            anchors.add((XSSFClientAnchor) s.getAnchor());
        }
        var f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        for (int i = 0; i < charts.size(); i++) {
            Document doc;
            try (InputStream in = charts.get(i).getPackagePart().getInputStream()) {
                doc = f.newDocumentBuilder().parse(in);
            }
            XSSFClientAnchor a = anchors.get(i);
            String title = text(first(doc.getDocumentElement(), "title"));
            out.add(new ChartXml(title, doc, a.getRow1(), a.getRow2(), a.getCol1(), a.getCol2()));
        }
        return out;
    }

    static ChartXml titled(XSSFSheet sheet, String prefix) throws Exception {
        return of(sheet).stream().filter(c -> c.title().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no chart titled '" + prefix + "…' on " + sheet.getSheetName()));
    }

    /** c:barChart, c:lineChart … under the plot area. */
    List<Element> plots(String kind) {
        return children(first(doc.getDocumentElement(), "plotArea"), kind);
    }

    /** Every series, bar and line, in order. */
    List<Series> series() {
        List<Series> out = new ArrayList<>();
        for (String kind : List.of("barChart", "lineChart")) {
            for (Element plot : plots(kind)) {
                for (Element ser : children(plot, "ser")) {
                    out.add(new Series(kind, ser));
                }
            }
        }
        return out;
    }

    Series series(String titlePrefix) {
        return series().stream().filter(s -> s.title().startsWith(titlePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no series '" + titlePrefix + "' in " + title + ": "
                        + series().stream().map(Series::title).toList()));
    }

    /** The value axis' {@code c:min}/{@code c:max}, or null when not set. */
    Double axis(String minOrMax) {
        Element scaling = first(first(doc.getDocumentElement(), "valAx"), "scaling");
        Element e = first(scaling, minOrMax);
        return e == null ? null : Double.valueOf(e.getAttribute("val"));
    }

    /** One series: its kind ("barChart"/"lineChart"), categories and values from the caches. */
    record Series(String kind, Element ser) {

        String title() {
            return text(first(ser, "tx"));
        }

        List<String> categories() {
            return points(first(ser, "cat"));
        }

        /** The values, null where the cell is empty. */
        List<Double> values() {
            return points(first(ser, "val")).stream().map(v -> v == null ? null : Double.valueOf(v)).toList();
        }

        /** The marker symbol, e.g. "dash" or "none"; null when not stated. */
        String marker() {
            Element m = first(ser, "marker");
            Element symbol = m == null ? null : first(m, "symbol");
            return symbol == null ? null : symbol.getAttribute("val");
        }

        /** The series line: true when {@code <c:spPr><a:ln><a:noFill/>} says there is none. */
        boolean noLine() {
            Element sp = child(ser, "spPr");
            Element ln = sp == null ? null : childA(sp, "ln");
            return ln != null && childA(ln, "noFill") != null;
        }

        private static List<String> points(Element ref) {
            Element cache = first(ref, "strCache") != null ? first(ref, "strCache") : first(ref, "numCache");
            int n = Integer.parseInt(first(cache, "ptCount").getAttribute("val"));
            List<String> out = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                out.add(null);
            }
            for (Element pt : children(cache, "pt")) {
                out.set(Integer.parseInt(pt.getAttribute("idx")), text(pt));
            }
            return out;
        }
    }

    static Element first(Element e, String local) {
        if (e == null) {
            return null;
        }
        NodeList l = e.getElementsByTagNameNS(C, local);
        return l.getLength() == 0 ? null : (Element) l.item(0);
    }

    static Element child(Element e, String local) {
        return children(e, local).stream().findFirst().orElse(null);
    }

    static List<Element> children(Element e, String local) {
        List<Element> out = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && C.equals(el.getNamespaceURI()) && el.getLocalName().equals(local)) {
                out.add(el);
            }
        }
        return out;
    }

    static Element childA(Element e, String local) {
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && A.equals(el.getNamespaceURI()) && el.getLocalName().equals(local)) {
                return el;
            }
        }
        return null;
    }

    static String text(Element e) {
        return e == null ? "" : e.getTextContent();
    }
}
