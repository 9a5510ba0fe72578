package goalbook.workbook.report;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import goalbook.workbook.TextFit;
import static goalbook.workbook.SheetKit.cell;

import goalbook.consolidation.Consolidation;
import goalbook.consolidation.RegionGap;
import goalbook.goals.Region;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * The sheet {@code Brister}: what the controller must chase, e.g. "Almi Gotland | Ej inlämnad | Ingen
 * inlämning för 2024 kvartal 2." or "Almi Nord | Kommentar saknas | Mål 3 … saknar kommentar.".
 */
final class GapsSheet {

    static final String NAME = "Brister";

    private GapsSheet() {}

    static String kind(RegionGap.Kind kind) {
        return switch (kind) {
            case MISSING -> CoverageNote.NOT_SUBMITTED;
            case INVALID -> "Ogiltig";
            case COMMENT_MISSING -> "Kommentar saknas";
        };
    }

    static void write(ReportFrame frame, ReportStyles st, Consolidation c, List<Region> regions) {
        XSSFSheet sheet = frame.sheet(NAME);
        int row = frame.top();
        cell(sheet, row++, 0, "Brister " + SwedishDates.period(c.period()) + " – regioner som inte har lämnat in, är ogiltiga eller saknar kommentarer",
                st.base.title);
        row++;
        int header = row++;
        String[] heads = {"Region", "Brist", "Beskrivning"};
        for (int i = 0; i < heads.length; i++) {
            cell(sheet, header, i, heads[i], st.base.header);
        }
        if (c.gaps().isEmpty()) {
            cell(sheet, row, 0, "Inga brister: alla regioner har lämnat giltiga inlämningar med kommentarer.", st.base.text);
        }
        for (RegionGap g : c.gaps()) {
            String name = regions.stream().filter(r -> r.id().equals(g.region())).map(Region::name).findFirst().orElse(g.region());
            cell(sheet, row, 0, name, st.base.text);
            cell(sheet, row, 1, kind(g.kind()), g.kind() == RegionGap.Kind.COMMENT_MISSING ? st.base.legendOther : st.base.legendNotMet);
            String detail = g.kind() == RegionGap.Kind.MISSING ? "Ingen inlämning för " + SwedishDates.period(c.period()) + "." : g.detail();
            cell(sheet, row, 2, detail, st.userText);
            TextFit.atLeast(sheet, row, TextFit.lines(detail == null ? "" : detail, TextFit.plainChars(100)));
            row++;
        }
        SheetKit.widths(sheet, 28, 18, 100);
        sheet.createFreezePane(0, header + 1);
    }
}
