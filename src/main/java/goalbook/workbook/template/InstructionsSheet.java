package goalbook.workbook.template;

import goalbook.text.SwedishDates;
import goalbook.workbook.SheetKit;
import goalbook.workbook.LiveColours;
import goalbook.workbook.Styles;
import goalbook.workbook.TemplateLayout;
import static goalbook.workbook.SheetKit.cell;
import static goalbook.workbook.SheetKit.merged;

import goalbook.goals.Goal;
import goalbook.goals.GoalStructure;
import goalbook.goals.Period;
import goalbook.goals.Region;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes {@code Instruktioner}: who, which period and structure, how to fill in and submit, and the colour legend. */
final class InstructionsSheet {

    private static final int CHARS = 160;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));

    private final XSSFSheet sheet;
    private final Styles st;
    private int row;

    InstructionsSheet(XSSFSheet sheet, Styles st) {
        this.sheet = sheet;
        this.st = st;
    }

    void write(GoalStructure s, Region region, Period p) {
        String when = SwedishDates.period(p);
        LocalDate end = LocalDate.of(p.year(), 3 * p.quarter(), 1).plusMonths(1).minusDays(1);
        List<Goal> due = s.goalsDueIn(p.quarter());
        cell(sheet, row++, 0, "Kvartalsrapportering av mål – " + region.name(), st.title);
        row++;
        fact("Region", region.name());
        fact("Period", when + " (uppgifter per " + DAY.format(end) + ")");
        fact("Målstruktur", s.name());
        fact("Mål att rapportera", due.size() + " av " + s.goals().size() + " mål: "
                + due.stream().map(g -> String.valueOf(g.number())).collect(Collectors.joining(", ")));
        row++;
        heading("Så fyller du i");
        step("1. Gå till bladet ”Inrapportering”. Fyll bara i de gula cellerna; alla andra celler är låsta.");
        step("2. Antal skrivs som heltal, t.ex. 1200. Belopp skrivs i hela kronor utan ”kr” och utan decimaler, t.ex. 2500000.");
        step("3. Uppgifter ”hittills i år” avser 1 januari–" + DAY.format(end) + ". Uppgifter ”vid kvartalets slut” avser "
                + DAY.format(end) + ".");
        step("4. Utfall och status för varje mål räknas ut direkt: Uppfyllt, Ej uppfyllt, Målnivå saknas eller Uppgift saknas. "
                + "Statusen är en förhandsvisning; Goalbooks bedömning när du skickar in är den som gäller.");
        step("5. Skriv en kommentar i den gula kommentarscellen under varje mål som inte är uppfyllt: orsak och vad ni gör åt det. "
                + "Så länge kommentaren saknas är raden röd och det står ”" + TemplateLayout.COMMENT_REQUIRED + "”. Kommentera gärna även övriga mål.");
        step("6. Referensvärden (jämförelsegrupper och målnivåer) läggs in av koncerncontrollern och visas grå. "
                + "Står det ”" + TemplateLayout.NOT_SET + "” är värdet inte satt ännu, och målet får status Målnivå saknas.");
        step("7. Lägg inte till eller ta bort rader och byt inte namn på bladen: Goalbook hittar uppgifterna via cellernas namn.");
        row++;
        heading("Så skickar du in");
        step("• I Excel: öppna Goalbook-tillägget och klicka på ”Skicka in”.");
        step("• Eller ladda upp filen på Goalbooks webbsida för " + region.name() + ", " + when + ".");
        step("• Du får besked direkt om en uppgift saknas eller är felaktig, med cellen angiven. Rätta och skicka in igen; "
                + "varje version sparas.");
        step("• Mallen gäller bara " + region.name() + ", " + when + ". Ladda ner en ny mall för andra kvartal.");
        row++;
        heading("Färger");
        legend(st.legendInput, "", "Fyll i (gul cell)");
        legend(st.legendReadOnly, "", "Låst: beräknat värde eller referensvärde");
        legend(st.legendMet, TemplateLayout.MET, "Målet är uppfyllt");
        legend(st.legendNotMet, TemplateLayout.NOT_MET, "Målet är inte uppfyllt – kommentar krävs");
        legend(requiredLegend(), TemplateLayout.COMMENT_REQUIRED, "Målet är inte uppfyllt och kommentaren saknas: skriv den i den röda rutan");
        legend(st.legendOther, TemplateLayout.NO_TARGET, "Målnivå saknas (ej fastställd eller nollmätning)");
        legend(st.legendOther, TemplateLayout.MISSING, "Uppgift saknas eller är ogiltig");
        row++;
        merged(sheet, row, 0, 1, "Mall " + TemplateLayout.TEMPLATE_REVISION + " · målstruktur " + s.id() + ", revision " + s.revision(), st.note, CHARS);
        SheetKit.widths(sheet, 22, 100);
        SheetKit.print(sheet);
        SheetKit.protect(sheet);
    }

    private XSSFCellStyle requiredLegend() {
        XSSFCellStyle s = sheet.getWorkbook().createCellStyle();
        s.cloneStyleFrom(st.legendNotMet);
        s.setFillForegroundColor(new XSSFColor(LiveColours.REQUIRED_LABEL_FILL));
        XSSFFont white = sheet.getWorkbook().createFont();
        white.setBold(true);
        white.setColor(new XSSFColor(LiveColours.REQUIRED_LABEL_TEXT));
        s.setFont(white);
        return s;
    }

    private void fact(String label, String value) {
        cell(sheet, row, 0, label, st.bold);
        cell(sheet, row++, 1, value, st.text);
    }

    private void heading(String text) {
        cell(sheet, row++, 0, text, st.bold);
    }

    private void step(String text) {
        merged(sheet, row++, 0, 1, text, st.wrap, CHARS);
    }

    private void legend(XSSFCellStyle style, String sample, String meaning) {
        cell(sheet, row, 0, sample, style);
        cell(sheet, row++, 1, meaning, st.text);
    }
}
