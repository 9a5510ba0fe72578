package goalbook.workbook;

import static goalbook.workbook.OoxmlPackage.MAIN_NS;
import static goalbook.workbook.OoxmlPackage.R_NS;
import static goalbook.workbook.OoxmlPackage.child;
import static goalbook.workbook.OoxmlPackage.children;
import static goalbook.workbook.OoxmlPackage.descendants;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * Excel's rules for one worksheet that the schema cannot state: rows and cells unique and in order with
 * their references, styles that exist, values that fit their type ({@code t="n"} a number, a cell with
 * either {@code <v>} or {@code <is>}, never both), columns and merges that do not overlap, and notes:
 * every comment with its VML shape and every note shape with its comment.
 */
final class OoxmlSheetRules {
    private static final Pattern REF = Pattern.compile("([A-Z]{1,3})([1-9]\\d{0,6})");
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Set<String> ERRORS = Set.of("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA");
    static final int MAX_LIST = 255;
    static final int MAX_HEADER = 255;
    static final int MAX_FORMULA = 8_192;
    static final int MAX_TEXT = 32_767;
    private static final String EXCEL_NS = "urn:schemas-microsoft-com:office:excel";

    private final OoxmlPackage pkg;
    private final String part;
    private final OoxmlWorkbookRules.StyleCounts styles;
    private final int sharedStrings;
    private final List<String> out = new ArrayList<>();

    OoxmlSheetRules(OoxmlPackage pkg, String part, OoxmlWorkbookRules.StyleCounts styles, int sharedStrings) {
        this.pkg = pkg;
        this.part = part;
        this.styles = styles;
        this.sharedStrings = sharedStrings;
    }

    List<String> check() {
        Element root = pkg.document(part).getDocumentElement();
        columns(root);
        rows(child(root, MAIN_NS, "sheetData"));
        merges(root);
        for (Element rule : descendants(root, MAIN_NS, "cfRule")) {
            style(rule, "dxfId", styles.dxfs(), "conditionalFormatting/cfRule");
        }
        for (String element : List.of("drawing", "legacyDrawing", "legacyDrawingHF", "picture")) {
            for (Element e : children(root, MAIN_NS, element)) {
                relationship(e, element);
            }
        }
        for (Element link : descendants(root, MAIN_NS, "hyperlink")) {
            if (link.hasAttributeNS(R_NS, "id")) {
                relationship(link, "hyperlink " + link.getAttribute("ref"));
            }
        }
        limits(root);
        notes(root);
        return out;
    }

    /** Lengths Excel enforces on opening: a list validation's literal 255, a header or footer 255, a formula 8 192, a text 32 767. */
    private void limits(Element root) {
        for (Element v : descendants(root, MAIN_NS, "dataValidation")) {
            Element f = child(v, MAIN_NS, "formula1");
            String list = f == null ? "" : f.getTextContent();
            if ("list".equals(v.getAttribute("type")) && list.startsWith("\"") && list.length() - 2 > MAX_LIST) {
                out.add(part + " dataValidation " + v.getAttribute("sqref") + ": list of " + (list.length() - 2) + " characters, Excel allows " + MAX_LIST);
            }
        }
        for (Element hf : descendants(root, MAIN_NS, "headerFooter")) {
            for (Element e : OoxmlConformance.childElements(hf).stream().map(Element.class::cast).toList()) {
                if (e.getTextContent().length() > MAX_HEADER) {
                    out.add(part + " headerFooter/" + e.getLocalName() + ": " + e.getTextContent().length() + " characters, Excel allows " + MAX_HEADER);
                }
            }
        }
        for (Element f : descendants(root, MAIN_NS, "f")) {
            if (f.getTextContent().length() > MAX_FORMULA) {
                out.add(part + " formula: " + f.getTextContent().length() + " characters, Excel allows " + MAX_FORMULA);
            }
        }
        for (Element t : descendants(root, MAIN_NS, "t")) {
            if (t.getTextContent().length() > MAX_TEXT) {
                out.add(part + " inline text: " + t.getTextContent().length() + " characters, Excel allows " + MAX_TEXT);
            }
        }
    }

    private void columns(Element root) {
        int last = 0;
        for (Element col : descendants(root, MAIN_NS, "col")) {
            int min = Integer.parseInt(col.getAttribute("min"));
            int max = Integer.parseInt(col.getAttribute("max"));
            if (min > max || min <= last || max > 16_384) {
                out.add(part + " cols/col min=" + min + " max=" + max + ": out of order, overlapping or beyond XFD");
            }
            last = Math.max(last, max);
            style(col, "style", styles.cellXfs(), "cols/col min=" + min);
        }
    }

    private void rows(Element sheetData) {
        int lastRow = 0;
        for (Element row : children(sheetData, MAIN_NS, "row")) {
            int r = row.getAttribute("r").isEmpty() ? lastRow + 1 : Integer.parseInt(row.getAttribute("r"));
            if (r <= lastRow || r > 1_048_576) {
                out.add(part + " row " + r + ": out of order or repeated (after row " + lastRow + ")");
            }
            lastRow = r;
            style(row, "s", styles.cellXfs(), "row " + r);
            int lastCol = 0;
            for (Element c : children(row, MAIN_NS, "c")) {
                String ref = c.getAttribute("r");
                int col = lastCol + 1;
                if (!ref.isEmpty()) {
                    Matcher m = REF.matcher(ref);
                    if (!m.matches() || Integer.parseInt(m.group(2)) != r) {
                        out.add(part + " cell " + ref + ": reference does not belong to row " + r);
                        continue;
                    }
                    col = OoxmlWorkbookRules.column(m.group(1));
                }
                if (col <= lastCol || col > 16_384) {
                    out.add(part + " cell " + ref + ": out of order or repeated in row " + r);
                }
                lastCol = col;
                cell(c, ref.isEmpty() ? "row " + r + " cell " + col : "cell " + ref);
            }
        }
    }

    private void cell(Element c, String where) {
        style(c, "s", styles.cellXfs(), where);
        String t = c.getAttribute("t").isEmpty() ? "n" : c.getAttribute("t");
        Element v = child(c, MAIN_NS, "v");
        boolean inline = child(c, MAIN_NS, "is") != null;
        String value = v == null ? null : v.getTextContent();
        String at = part + " " + where + " (t=\"" + t + "\"): ";
        if (t.equals("inlineStr")) {
            if (!inline || v != null) {
                out.add(at + "an inline string needs <is> and no <v>");
            }
            return;
        }
        if (inline) {
            out.add(at + "<is> belongs only to t=\"inlineStr\"" + (v != null ? "; this cell has both <v> and <is>" : ""));
        }
        if (value == null) {
            return;
        }
        boolean ok = switch (t) {
            case "n" -> NUMBER.matcher(value.trim()).matches();
            case "b" -> value.equals("0") || value.equals("1");
            case "e" -> ERRORS.contains(value);
            case "s" -> value.matches("\\d+") && Long.parseLong(value) < sharedStrings;
            case "str" -> true;
            default -> false;
        };
        if (!ok) {
            out.add(at + "value '" + value + "' does not fit the cell's type");
        }
    }

    private void merges(Element root) {
        Set<Long> covered = new HashSet<>();
        for (Element m : descendants(root, MAIN_NS, "mergeCell")) {
            String[] ends = m.getAttribute("ref").split(":");
            Matcher a = REF.matcher(ends[0]);
            Matcher b = REF.matcher(ends.length > 1 ? ends[1] : ends[0]);
            if (!a.matches() || !b.matches()) {
                out.add(part + " mergeCell " + m.getAttribute("ref") + ": not a range");
                continue;
            }
            for (int r = Integer.parseInt(a.group(2)); r <= Integer.parseInt(b.group(2)); r++) {
                for (int c = OoxmlWorkbookRules.column(a.group(1)); c <= OoxmlWorkbookRules.column(b.group(1)); c++) {
                    if (!covered.add((long) r << 16 | c)) {
                        out.add(part + " mergeCell " + m.getAttribute("ref") + ": overlaps another merge");
                        r = Integer.MAX_VALUE - 1;
                        break;
                    }
                }
            }
        }
    }

    /** Comments need the sheet's legacy drawing, and each comment its note shape there (and the other way round). */
    private void notes(Element root) {
        String comments = pkg.rels(part).stream().filter(r -> r.type().endsWith("/comments")).map(OoxmlPackage.Rel::target)
                .findFirst().orElse(null);
        Element legacy = child(root, MAIN_NS, "legacyDrawing");
        String vml = legacy == null ? null : pkg.target(part, legacy.getAttributeNS(R_NS, "id")).orElse(null);
        if (comments == null) {
            return;
        }
        if (vml == null || pkg.document(vml) == null) {
            out.add(part + ": has comments but no legacyDrawing with their VML note shapes");
            return;
        }
        Set<String> refs = new TreeSet<>();
        var doc = pkg.document(comments);
        if (doc == null) {
            return;
        }
        int authors = descendants(doc, MAIN_NS, "author").size();
        for (Element c : descendants(doc, MAIN_NS, "comment")) {
            if (!refs.add(c.getAttribute("ref"))) {
                out.add(comments + " comment " + c.getAttribute("ref") + ": two comments on one cell");
            }
            if (Integer.parseInt(c.getAttribute("authorId")) >= authors) {
                out.add(comments + " comment " + c.getAttribute("ref") + ": authorId beyond the " + authors + " authors");
            }
        }
        Set<String> shapes = new TreeSet<>();
        for (Element data : descendants(pkg.document(vml), EXCEL_NS, "ClientData")) {
            if ("Note".equals(data.getAttribute("ObjectType"))) {
                Element row = child(data, EXCEL_NS, "Row");
                Element col = child(data, EXCEL_NS, "Column");
                if (row == null || col == null) {
                    out.add(vml + " x:ClientData: a note shape without x:Row and x:Column");
                    continue;
                }
                shapes.add(columnName(Integer.parseInt(col.getTextContent().trim())) + (Integer.parseInt(row.getTextContent().trim()) + 1));
            }
        }
        if (!refs.equals(shapes)) {
            Set<String> noShape = new TreeSet<>(refs);
            noShape.removeAll(shapes);
            Set<String> noComment = new TreeSet<>(shapes);
            noComment.removeAll(refs);
            out.add(part + ": comments and note shapes differ; comments without shape " + noShape + ", shapes without comment " + noComment);
        }
    }

    private void relationship(Element e, String what) {
        String id = e.getAttributeNS(R_NS, "id");
        if (pkg.rels(part).stream().noneMatch(r -> r.id().equals(id))) {
            out.add(part + " " + what + ": r:id " + id + " has no relationship");
        }
    }

    private void style(Element e, String attr, int size, String where) {
        String v = e.getAttribute(attr);
        if (!v.isEmpty() && Long.parseLong(v) >= size) {
            out.add(part + " " + where + "@" + attr + ": style " + v + " but there are " + size);
        }
    }

    private static String columnName(int zeroBased) {
        StringBuilder s = new StringBuilder();
        for (int c = zeroBased + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
