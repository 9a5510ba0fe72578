package goalbook.workbook.template;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import goalbook.workbook.SwedishText;
import goalbook.workbook.LiveColours;
import goalbook.workbook.Styles;
import goalbook.workbook.TextFit;
import goalbook.workbook.TemplateLayout;
import static goalbook.workbook.SheetKit.cell;
import static goalbook.workbook.SheetKit.merged;

import goalbook.goals.Goal;
import goalbook.goals.GoalArea;
import goalbook.goals.GoalPart;
import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import goalbook.goals.QuarterLevel;
import goalbook.goals.Region;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * Writes {@code Inrapportering}: per goal due this quarter, grouped by goal area, its input cells
 * (one per measure, named by the measure id), reference values ({@code gb_ref_*}), live metrics
 * ({@code gb_metric_*}), a live status ({@code gb_status_*}) and a comment cell ({@code gb_comment_*}).
 * Columns: A label, B unit, C value, D level or help, E status.
 */
final class InputSheet {

    static final int LABEL = 0;
    static final int UNIT = 1;
    static final int VALUE = 2;
    static final int NOTE = 3;
    static final int STATUS = 4;
    private static final int LABEL_WIDTH = 50;
    /** Characters per line of column D (11 pt) and of a 9-point note across D:E. */
    private static final int NOTE_CHARS = 62;
    private static final int SMALL_CHARS = 100;
    private static final int ALL_CHARS = 165;
    private static final float SMALL_LINE = 12f;

    private final GoalStructure s;
    private final Period period;
    private final Region region;
    private final Map<String, BigDecimal> reference;
    private final Styles st;
    private final XSSFSheet sheet;
    private final InputValidation validation;
    /** Goal names wrap in column A rather than run under the goal type, e.g. goal 11's 61 characters. */
    private final XSSFCellStyle goalName;
    /** measure id → where it was first placed, e.g. "mål 3 (cell C12)" */
    private final Map<String, String> placed = new HashMap<>();
    private final List<CellRangeAddress> statusCells = new ArrayList<>();
    private int row;

    InputSheet(XSSFSheet sheet, Styles st, GoalStructure s, Region region, Period period, Map<String, BigDecimal> reference) {
        this.sheet = sheet;
        this.st = st;
        this.s = s;
        this.region = region;
        this.period = period;
        this.reference = reference;
        this.validation = new InputValidation(sheet);
        this.goalName = sheet.getWorkbook().createCellStyle();
        goalName.cloneStyleFrom(st.goal);
        goalName.setWrapText(true);
    }

    void write() {
        String when = SwedishDates.period(period);
        cell(sheet, 0, LABEL, "Inrapportering – " + region.name() + " – " + when, st.title);
        merged(sheet, 1, LABEL, STATUS, "Fyll i de gula cellerna. Utfall och status räknas om direkt; statusen är en förhandsvisning "
                + "och serverns bedömning gäller. Skriv en kommentar till varje mål som inte är uppfyllt.", st.wrap, ALL_CHARS);
        String[] headers = {"Mål / uppgift", "Enhet", "Värde", "Målnivå / förklaring", "Status"};
        for (int i = 0; i < headers.length; i++) {
            cell(sheet, 3, i, headers[i], st.header);
        }
        row = 4;
        for (GoalArea area : s.areas()) {
            List<Goal> due = area.goals().stream().filter(g -> g.dueIn(period.quarter())).toList();
            if (due.isEmpty()) {
                continue;
            }
            merged(sheet, row++, LABEL, STATUS, "Målområde: " + area.name(), st.area, ALL_CHARS);
            for (Goal g : due) {
                goal(g);
            }
        }
        LiveColours.status(sheet, statusCells);
        sheet.createFreezePane(0, 4);
        SheetKit.widths(sheet, LABEL_WIDTH, 11, 18, 56, 16);
        SheetKit.print(sheet);
        sheet.setRepeatingRows(new CellRangeAddress(3, 3, 0, STATUS));
        SheetKit.protect(sheet);
    }

    private void goal(Goal g) {
        int header = row++;
        String name = g.number() + ". " + g.name();
        cell(sheet, header, LABEL, name, goalName);
        TextFit.atLeast(sheet, header, TextFit.lines(name, TextFit.boldChars(LABEL_WIDTH)));
        cell(sheet, header, UNIT, g.type() == null ? "" : "Måltyp " + g.type(), st.goal);
        cell(sheet, header, VALUE, "", st.goal);
        cell(sheet, header, NOTE, "Status för målet:", st.goal);
        merged(sheet, row++, LABEL, STATUS, "Målnivå: " + g.targetText(), st.goalWrap, ALL_CHARS);
        for (String id : g.measures()) {
            Measure m = s.measure(id);
            if (m.enteredByRegion()) {
                input(g, m);
            } else {
                referenceValue(g, m);
            }
        }
        List<String> partStatus = new ArrayList<>();
        for (GoalPart p : g.parts()) {
            partStatus.add(metric(g, p));
        }
        XSSFCell status = cell(sheet, header, STATUS, null, st.status);
        status.setCellFormula(g.parts().size() == 1
                ? GoalFormulas.partStatus(g.parts().get(0), s, TemplateLayout.metric(g.id(), g.parts().get(0).id()))
                : GoalFormulas.combined(partStatus));
        SheetKit.name(sheet, TemplateLayout.status(g.id()), header, STATUS);
        statusCells.add(new CellRangeAddress(header, header, STATUS, STATUS));
        comment(g, header);
        row++;
    }

    private void input(Goal g, Measure m) {
        int r = row++;
        cell(sheet, r, LABEL, m.label(), st.text);
        cell(sheet, r, UNIT, m.unit().label(), st.text);
        String first = placed.get(m.id());
        if (first != null) {
            cell(sheet, r, VALUE, null, st.value(m.unit())).setCellFormula("IF(ISBLANK(" + m.id() + "),\"\"," + m.id() + ")");
            cell(sheet, r, NOTE, "Samma uppgift som under " + first + "; fylls i där.", st.note);
            return;
        }
        cell(sheet, r, VALUE, null, st.input(m.unit()));
        SheetKit.name(sheet, m.id(), r, VALUE);
        validation.add(m, r, VALUE);
        placed.put(m.id(), "mål " + g.number() + " (cell " + address(r, VALUE) + ")");
        merged(sheet, r, NOTE, STATUS, m.help(), st.note, SMALL_CHARS, SMALL_LINE);
    }

    private void referenceValue(Goal g, Measure m) {
        int r = row++;
        cell(sheet, r, LABEL, m.label(), st.text);
        cell(sheet, r, UNIT, m.unit().label(), st.text);
        String first = placed.get(m.id());
        XSSFCell c = cell(sheet, r, VALUE, null, st.value(m.unit()));
        if (first != null) {
            c.setCellFormula(TemplateLayout.ref(m.id()));
            cell(sheet, r, NOTE, "Samma referensvärde som under " + first + ".", st.note);
            return;
        }
        BigDecimal v = reference.get(m.id());
        if (v == null) {
            c.setCellValue(TemplateLayout.NOT_SET);
        } else {
            c.setCellValue(v.doubleValue());
        }
        SheetKit.name(sheet, TemplateLayout.ref(m.id()), r, VALUE);
        placed.put(m.id(), "mål " + g.number() + " (cell " + address(r, VALUE) + ")");
        String level = m.quarterLevel() == QuarterLevel.PRORATE
                ? " Värdet här är nivån för kvartal " + period.quarter() + " (årsnivå × " + period.quarter() + " / 4 om bara årsnivå finns)." : "";
        String text = "Referensvärde från koncerncontrollern (kan inte ändras här). " + m.help() + level;
        merged(sheet, r, NOTE, STATUS, text, st.note, SMALL_CHARS, SMALL_LINE);
    }

    /** Writes the part's metric row and returns the address of its part status (for goals in parts). */
    private String metric(Goal g, GoalPart p) {
        int r = row++;
        boolean single = g.parts().size() == 1;
        cell(sheet, r, LABEL, single ? "Utfall" : "Utfall: " + p.name(), st.bold);
        cell(sheet, r, UNIT, p.unit().label(), st.text);
        String name = TemplateLayout.metric(g.id(), p.id());
        cell(sheet, r, VALUE, null, st.value(p.unit())).setCellFormula(GoalFormulas.guardedMetric(p, s));
        SheetKit.name(sheet, name, r, VALUE);
        LiveColours.hideError(sheet, r, VALUE);
        String level = (p.target() instanceof goalbook.goals.TargetRule.NoTarget ? "Ingen målnivå: " : "Mål: ")
                + SwedishText.rule(p.target(), p.unit(), s);
        cell(sheet, r, NOTE, level, st.wrap);
        SheetKit.fitHeight(sheet, r, level, NOTE_CHARS);
        if (single) {
            return null;
        }
        cell(sheet, r, STATUS, null, st.status).setCellFormula(GoalFormulas.partStatus(p, s, name));
        statusCells.add(new CellRangeAddress(r, r, STATUS, STATUS));
        return address(r, STATUS);
    }

    /**
     * The comment row: a label and a yellow cell across B:E. While the goal's status is "Ej uppfyllt"
     * and the cell is blank, the label reads "Kommentar krävs …" and both turn red (live, see {@link LiveColours#commentRequired}).
     */
    private void comment(Goal g, int header) {
        int r = row++;
        XSSFCell label = cell(sheet, r, LABEL, null, st.wrap);
        XSSFCell c = cell(sheet, r, UNIT, null, st.comment);
        for (int col = VALUE; col <= STATUS; col++) {
            cell(sheet, r, col, null, st.comment);
        }
        sheet.addMergedRegion(new CellRangeAddress(r, r, UNIT, STATUS));
        sheet.getRow(r).setHeightInPoints(48f);
        SheetKit.name(sheet, TemplateLayout.comment(g.id()), r, c.getColumnIndex());
        String required = LiveColours.commentRequired(sheet, absolute(header, STATUS), absolute(r, UNIT), r);
        label.setCellFormula("IF(" + required + "," + quoted(TemplateLayout.commentRequired(g.number()))
                + "," + quoted(TemplateLayout.commentLabel(g.number())) + ")");
    }

    private static String absolute(int r, int c) {
        return new CellReference(r, c, true, true).formatAsString();
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    private static String address(int r, int c) {
        return new CellReference(r, c).formatAsString();
    }

}
