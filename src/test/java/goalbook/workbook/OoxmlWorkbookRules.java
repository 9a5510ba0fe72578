package goalbook.workbook;

import static goalbook.workbook.OoxmlPackage.MAIN_NS;
import static goalbook.workbook.OoxmlPackage.R_NS;
import static goalbook.workbook.OoxmlPackage.child;
import static goalbook.workbook.OoxmlPackage.children;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Excel's rules for the workbook part that the schema cannot state: sheet names (at most 31 characters,
 * none of {@code []:*?/\}, unique ignoring case), defined names (Excel's name syntax, not a cell
 * reference, unique in their scope), a visible active sheet, and style records that point at fonts,
 * fills, borders and number formats that exist. Each worksheet goes on to {@link OoxmlSheetRules}.
 */
final class OoxmlWorkbookRules {
    private static final String OFFICE_DOCUMENT = "/officeDocument";
    private static final Pattern NAME = Pattern.compile("[\\p{L}_\\\\][\\p{L}\\p{N}_.\\\\?]*");
    private static final Pattern BUILT_IN = Pattern.compile("_xlnm\\.[A-Za-z_]+");
    private static final Pattern A1 = Pattern.compile("(?i)\\$?([A-Z]{1,3})\\$?(\\d+)");
    private static final Pattern R1C1 = Pattern.compile("(?i)(R\\d*C\\d*|R\\d*|C\\d*)");
    private static final Pattern SHEET_NAME_CHARS = Pattern.compile("[\\[\\]:*?/\\\\]");
    /** Number formats 0–49 are built in; 50–163 are reserved for locale-specific built-ins. */
    private static final int FIRST_CUSTOM_FORMAT = 164;

    /** What styles.xml holds; cells check their {@code s} against {@code cellXfs}. */
    record StyleCounts(int cellXfs, int dxfs) {}

    private OoxmlWorkbookRules() {}

    static List<String> check(OoxmlPackage pkg) {
        List<String> out = new ArrayList<>();
        String workbook = pkg.rels("/").stream().filter(r -> r.type().endsWith(OFFICE_DOCUMENT)).map(OoxmlPackage.Rel::target)
                .findFirst().orElse(null);
        Document doc = workbook == null ? null : pkg.document(workbook);
        if (doc == null) {
            out.add("/_rels/.rels: no workbook part");
            return out;
        }
        Element root = doc.getDocumentElement();
        List<Element> sheets = children(child(root, MAIN_NS, "sheets"), MAIN_NS, "sheet");
        out.addAll(sheetNames(workbook, sheets));
        out.addAll(activeSheet(workbook, root, sheets));
        out.addAll(definedNames(workbook, children(child(root, MAIN_NS, "definedNames"), MAIN_NS, "definedName"), sheets.size()));
        String stylesPart = pkg.rels(workbook).stream().filter(r -> r.type().endsWith("/styles")).map(OoxmlPackage.Rel::target)
                .findFirst().orElse(null);
        StyleCounts styles = stylesPart == null ? new StyleCounts(0, 0) : styles(pkg, stylesPart, out);
        int sharedStrings = pkg.rels(workbook).stream().filter(r -> r.type().endsWith("/sharedStrings")).map(OoxmlPackage.Rel::target)
                .findFirst().map(p -> sharedStringCount(pkg, p, out)).orElse(0);
        for (Element sheet : sheets) {
            String target = pkg.target(workbook, sheet.getAttributeNS(R_NS, "id")).orElse(null);
            if (target == null) {
                out.add(workbook + " sheet '" + sheet.getAttribute("name") + "': r:id " + sheet.getAttributeNS(R_NS, "id")
                        + " has no relationship");
            } else if (pkg.document(target) != null && target.contains("/worksheets/")) {
                out.addAll(new OoxmlSheetRules(pkg, target, styles, sharedStrings).check());
            }
        }
        return out;
    }

    private static List<String> sheetNames(String part, List<Element> sheets) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Element s : sheets) {
            String name = s.getAttribute("name");
            String where = part + " sheet '" + name + "': ";
            if (name.isEmpty() || name.length() > 31) {
                out.add(where + "name must have 1 to 31 characters, has " + name.length());
            }
            if (SHEET_NAME_CHARS.matcher(name).find() || name.startsWith("'") || name.endsWith("'")) {
                out.add(where + "name has a character Excel forbids");
            }
            if (!seen.add(name.toUpperCase(Locale.ROOT))) {
                out.add(where + "name used twice (ignoring case)");
            }
            if (!ids.add(s.getAttribute("sheetId"))) {
                out.add(where + "sheetId " + s.getAttribute("sheetId") + " used twice");
            }
        }
        return out;
    }

    private static List<String> activeSheet(String part, Element root, List<Element> sheets) {
        List<String> out = new ArrayList<>();
        if (sheets.stream().allMatch(s -> !s.getAttribute("state").isEmpty() && !"visible".equals(s.getAttribute("state")))) {
            out.add(part + " sheets: no visible sheet");
        }
        Element view = child(child(root, MAIN_NS, "bookViews"), MAIN_NS, "workbookView");
        String active = view == null ? "" : view.getAttribute("activeTab");
        int index = active.isEmpty() ? 0 : Integer.parseInt(active);
        if (index >= sheets.size()) {
            out.add(part + " workbookView@activeTab: " + index + " but only " + sheets.size() + " sheets");
        } else if (!sheets.isEmpty() && !sheets.get(index).getAttribute("state").isEmpty()
                && !"visible".equals(sheets.get(index).getAttribute("state"))) {
            out.add(part + " workbookView@activeTab: the active sheet '" + sheets.get(index).getAttribute("name") + "' is hidden");
        }
        return out;
    }

    private static List<String> definedNames(String part, List<Element> names, int sheetCount) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Element n : names) {
            String name = n.getAttribute("name");
            String scope = n.getAttribute("localSheetId");
            String where = part + " definedName '" + name + "'" + (scope.isEmpty() ? "" : " (sheet " + scope + ")") + ": ";
            if (!BUILT_IN.matcher(name).matches() && !validName(name)) {
                out.add(where + "not a name Excel accepts");
            }
            if (!scope.isEmpty() && Integer.parseInt(scope) >= sheetCount) {
                out.add(where + "localSheetId beyond the " + sheetCount + " sheets");
            }
            if (!seen.add(name.toUpperCase(Locale.ROOT) + "|" + scope)) {
                out.add(where + "defined twice in the same scope (ignoring case)");
            }
            if (n.getTextContent().isBlank()) {
                out.add(where + "refers to nothing");
            }
        }
        return out;
    }

    static boolean validName(String name) {
        if (name.isEmpty() || name.length() > 255 || !NAME.matcher(name).matches() || R1C1.matcher(name).matches()) {
            return false;
        }
        var a1 = A1.matcher(name);
        return !(a1.matches() && column(a1.group(1)) <= 16_384 && Long.parseLong(a1.group(2)) <= 1_048_576 && Long.parseLong(a1.group(2)) > 0);
    }

    static int column(String letters) {
        int c = 0;
        for (char ch : letters.toUpperCase(Locale.ROOT).toCharArray()) {
            c = c * 26 + (ch - 'A' + 1);
        }
        return c;
    }

    private static StyleCounts styles(OoxmlPackage pkg, String part, List<String> out) {
        Document doc = pkg.document(part);
        if (doc == null) {
            return new StyleCounts(0, 0);
        }
        Element root = doc.getDocumentElement();
        Set<Integer> formats = new HashSet<>();
        for (Element f : children(child(root, MAIN_NS, "numFmts"), MAIN_NS, "numFmt")) {
            int id = Integer.parseInt(f.getAttribute("numFmtId"));
            if (!formats.add(id)) {
                out.add(part + " numFmt " + id + ": defined twice");
            }
        }
        int fonts = count(root, "fonts", "font");
        int fills = count(root, "fills", "fill");
        int borders = count(root, "borders", "border");
        int styleXfs = count(root, "cellStyleXfs", "xf");
        for (String list : List.of("cellStyleXfs", "cellXfs")) {
            int i = 0;
            for (Element xf : children(child(root, MAIN_NS, list), MAIN_NS, "xf")) {
                String where = part + " " + list + "/xf[" + i++ + "]";
                range(out, where, xf, "fontId", fonts);
                range(out, where, xf, "fillId", fills);
                range(out, where, xf, "borderId", borders);
                if (list.equals("cellXfs")) {
                    range(out, where, xf, "xfId", styleXfs);
                }
                String fmt = xf.getAttribute("numFmtId");
                if (!fmt.isEmpty() && Integer.parseInt(fmt) >= FIRST_CUSTOM_FORMAT && !formats.contains(Integer.parseInt(fmt))) {
                    out.add(where + "@numFmtId: " + fmt + " is not defined in numFmts");
                }
            }
        }
        for (String list : List.of("fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "numFmts")) {
            Element e = child(root, MAIN_NS, list);
            if (e != null && !e.getAttribute("count").isEmpty()
                    && Integer.parseInt(e.getAttribute("count")) != OoxmlConformance.childElements(e).size()) {
                out.add(part + " " + list + "@count: says " + e.getAttribute("count") + ", holds " + OoxmlConformance.childElements(e).size());
            }
        }
        return new StyleCounts(count(root, "cellXfs", "xf"), count(root, "dxfs", "dxf"));
    }

    private static void range(List<String> out, String where, Element xf, String attr, int size) {
        String v = xf.getAttribute(attr);
        if (!v.isEmpty() && Integer.parseInt(v) >= size) {
            out.add(where + "@" + attr + ": " + v + " but there are " + size);
        }
    }

    private static int count(Element root, String list, String item) {
        return children(child(root, MAIN_NS, list), MAIN_NS, item).size();
    }

    private static int sharedStringCount(OoxmlPackage pkg, String part, List<String> out) {
        Document doc = pkg.document(part);
        if (doc == null) {
            return 0;
        }
        List<Element> items = children(doc.getDocumentElement(), MAIN_NS, "si");
        for (int i = 0; i < items.size(); i++) {
            int length = items.get(i).getTextContent().length();
            if (length > OoxmlSheetRules.MAX_TEXT) {
                out.add(part + " si[" + i + "]: " + length + " characters, Excel allows " + OoxmlSheetRules.MAX_TEXT);
            }
        }
        return items.size();
    }
}
