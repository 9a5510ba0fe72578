package goalbook.workbook.referencebook;

import goalbook.goals.GoalStructure;
import goalbook.goals.Measure;
import goalbook.goals.QuarterLevel;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sheet {@code Instruktioner} in Swedish: what reference data is, that the group
 * controller fills it in, how quarters and annual levels work, how shares are typed, how to upload.
 */
final class ReferenceInstructions {

    /** The names the controller finds on Goalbook's page (public/addin/taskpane.html); a test keeps them in step. */
    static final String PAGE_SECTION = "Referensdata";
    static final String DOWNLOAD_BUTTON = "Hämta referensdata";
    static final String UPLOAD_BUTTON = "Ladda upp referensdata";

    private ReferenceInstructions() {}

    static void write(XSSFWorkbook wb, ReferenceStyles styles, GoalStructure s, int year, List<Measure> measures) {
        XSSFSheet sheet = wb.createSheet(ReferenceLayout.INSTRUCTIONS);
        sheet.setColumnWidth(0, 100 * 256);
        sheet.getPrintSetup().setLandscape(true);
        sheet.getPrintSetup().setFitWidth((short) 1);
        sheet.getPrintSetup().setFitHeight((short) 0);
        sheet.setFitToPage(true);
        List<String[]> blocks = new ArrayList<>();
        blocks.add(new String[] {"Vad är referensdata?",
            "Referensdata är de värden som vissa mål jämförs med men som regionerna inte rapporterar själva: "
                + "jämförelsegruppernas värden (från SCB eller effektmätningen) och målnivåer som beslutas per region "
                + "efter samråd med affärsrådet. Ett mål vars referensvärde saknas får statusen \"Målnivå saknas\", "
                + "aldrig ett gissat utfall."});
        blocks.add(new String[] {"Vem fyller i?",
            "Koncerncontrollern fyller i arbetsboken: en rad per regionalt bolag och sist en rad för koncernen "
                + "(\"Koncernen\"). Regionerna fyller aldrig i referensdata; de ser värdena i sina kvartalsmallar."});
        blocks.add(new String[] {"Så fyller du i",
            "Fyll bara i de gula cellerna på bladet " + ReferenceLayout.SHEET + ". Varje mått har fem kolumner: År "
                + "(årsnivå) och Q1–Q4 (kvartalsnivåer). Lämna en cell tom när värdet inte är fastställt. Rubrikerna "
                + "har en kommentar med måttets beskrivning. Värden som redan är sparade för året är ifyllda: hämta därför en ny "
                + "arbetsbok med knappen \"" + DOWNLOAD_BUTTON + "\" i avsnittet \"" + PAGE_SECTION + "\" innan du ändrar något."});
        blocks.add(new String[] {"Kvartalsnivåer är ackumulerade",
            "En kvartalsnivå gäller året hittills: nivån för Q2 avser januari–juni, Q4 hela året."});
        blocks.add(new String[] {"Bara en årsnivå?",
            "Anges bara årsnivån räknas kvartalets nivå fram. För ackumulerade mål (till exempel utbetalda lån och "
                + "avslutade insatser) blir den årsnivån × kvartal / 4: en årsnivå på 1 000 000 kr ger 500 000 kr i Q2. "
                + "För kvotmål (till exempel kostnad per insats) och jämförelsevärden används årsnivån som den är i "
                + "varje kvartal. Anges en kvartalsnivå gäller den i stället."
                + list(" Räknas om med × kvartal / 4: ", measures, QuarterLevel.PRORATE)
                + list(" Används som de är: ", measures, QuarterLevel.ANNUAL)});
        blocks.add(new String[] {"Andelar, procent och belopp",
            "Andelar och procentvärden skrivs i procent med procenttecken, till exempel 34,5 % (sparas som 0,345). "
                + "Belopp skrivs i hela kronor, till exempel 1 200 000. Cellerna har datavalidering som stoppar "
                + "värden utanför det tillåtna intervallet."});
        blocks.add(new String[] {"Ladda upp",
            "Spara som Excel-arbetsbok (.xlsx). Öppna Goalbooks sida (i Excel-tillägget eller i webbläsaren), logga in "
                + "som koncerncontroller, välj år " + year + " och öppna avsnittet \"" + PAGE_SECTION + "\". Välj filen och "
                + "klicka på \"" + UPLOAD_BUTTON + "\". Arbetsboken gäller bara " + s.name() + " år " + year + ". Allt "
                + "kontrolleras innan något sparas: finns det fel sparas ingenting, och sidan listar varje fel med sin cell. "
                + "Varje uppladdning blir en ny version av årets referensdata; tomma celler betyder att värdet inte är "
                + "fastställt. (För systemintegration: PUT /api/reference/" + s.id() + "/" + year + ".xlsx.)"});
        blocks.add(new String[] {"Ändra inte strukturen",
            "Servern läser cellerna via deras namn (till exempel gb_ref_nord_" + (measures.isEmpty() ? "matt" : measures.get(0).id())
                + "_year), inte via deras plats. Det dolda bladet " + ReferenceLayout.IDENTITY_SHEET
                + " anger vilken struktur och vilket år arbetsboken gäller; ändra det inte."});
        int r = 0;
        XSSFCell title = sheet.createRow(r++).createCell(0);
        title.setCellValue("Referensdata – " + s.name() + " (" + s.id() + "), år " + year);
        title.setCellStyle(styles.title);
        for (String[] block : blocks) {
            r++;
            XSSFCell heading = sheet.createRow(r++).createCell(0);
            heading.setCellValue(block[0]);
            heading.setCellStyle(styles.bold);
            XSSFRow row = sheet.createRow(r++);
            row.setHeightInPoints(15f * (1 + block[1].length() / 150));
            XSSFCell body = row.createCell(0);
            body.setCellValue(block[1]);
            body.setCellStyle(styles.wrap);
        }
        sheet.enableLocking();
    }

    private static String list(String lead, List<Measure> measures, QuarterLevel level) {
        List<String> labels = measures.stream().filter(m -> m.quarterLevel() == level)
                .map(m -> m.label() == null ? m.id() : m.label()).toList();
        return labels.isEmpty() ? "" : lead + String.join(", ", labels) + ".";
    }
}
