package goalbook.workbook.intake;

/**
 * Why an upload is refused before POI opens it, e.g. {@code XLS_FORMAT} → code {@code xls_format} with
 * a Swedish message telling the regional office to save as .xlsx.
 */
public enum Refusal {
    EMPTY_FILE(WorkbookRefusedException.UNSUPPORTED, "empty_file", "Empty file",
            "Filen är tom. Välj den ifyllda arbetsboken (.xlsx) och skicka igen."),
    TOO_LARGE(WorkbookRefusedException.TOO_LARGE, "too_large", "File too large",
            "Filen är större än %s MB. Ta bort inklistrade blad och bilder som inte hör till mallen, spara och skicka igen."),
    XLS_FORMAT(WorkbookRefusedException.UNSUPPORTED, "xls_format", "Legacy .xls format",
            "Filen är i det gamla Excelformatet (.xls). Spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    ENCRYPTED(WorkbookRefusedException.UNSUPPORTED, "encrypted", "Encrypted workbook",
            "Filen är krypterad med lösenord. Ta bort lösenordet (Arkiv > Info > Skydda arbetsbok > Kryptera med lösenord, töm fältet), spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    XLSB_FORMAT(WorkbookRefusedException.UNSUPPORTED, "xlsb_format", "Binary .xlsb format",
            "Filen är en binär Excel-arbetsbok (.xlsb). Spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    ODS_FORMAT(WorkbookRefusedException.UNSUPPORTED, "ods_format", "OpenDocument spreadsheet",
            "Filen är ett OpenDocument-kalkylblad (.ods). Spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    CSV_FORMAT(WorkbookRefusedException.UNSUPPORTED, "csv_format", "Text or CSV file",
            "Filen är en textfil (t.ex. CSV), inte en arbetsbok. Fyll i mallen du fått, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    HTML_FORMAT(WorkbookRefusedException.UNSUPPORTED, "html_format", "HTML file",
            "Filen är en webbsida (HTML), inte en arbetsbok. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    LEADING_BYTES(WorkbookRefusedException.UNSUPPORTED, "leading_bytes", "Data before the workbook",
            "Filen har okänt innehåll före själva arbetsboken och kan inte läsas. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    STRICT_OOXML(WorkbookRefusedException.UNSUPPORTED, "strict_ooxml", "Strict Open XML",
            "Filen är sparad som Strikt Open XML-kalkylblad. Spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    XML_SPREADSHEET(WorkbookRefusedException.UNSUPPORTED, "xml_spreadsheet_format", "XML Spreadsheet 2003 file",
            "Filen är sparad som XML-kalkylblad 2003. Öppna den i Excel, välj Spara som → Excel-arbetsbok (.xlsx) och skicka igen."),
    NOT_A_WORKBOOK(WorkbookRefusedException.UNSUPPORTED, "not_a_workbook", "Not an Excel workbook",
            "Filen är inte en Excel-arbetsbok. Fyll i mallen du fått, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    /** One condition, one code: also what POI answers when it cannot open a file the pre-scan let through. */
    CORRUPT(WorkbookRefusedException.UNPROCESSABLE, "corrupt", "Unreadable workbook",
            "Filen är skadad och kan inte läsas. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    TOO_MANY_ENTRIES(WorkbookRefusedException.UNPROCESSABLE, "too_many_entries", "Too many parts",
            "Arbetsboken består av ovanligt många delar (fler än %s) och tas inte emot. Fyll i mallen du fått och skicka igen."),
    UNCOMPRESSED_TOO_LARGE(WorkbookRefusedException.UNPROCESSABLE, "uncompressed_too_large", "Too much content",
            "Arbetsboken innehåller för mycket data (mer än %s MB uppackat). Ta bort blad och bilder som inte hör till mallen, spara och skicka igen."),
    ZIP_BOMB(WorkbookRefusedException.UNPROCESSABLE, "zip_bomb", "Suspicious compression",
            "Arbetsboken är packad på ett misstänkt sätt (en del blir mer än %s gånger större uppackad) och tas inte emot. Fyll i mallen du fått, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    DUPLICATE_ENTRY(WorkbookRefusedException.UNPROCESSABLE, "duplicate_entry", "Duplicate part names",
            "Arbetsboken innehåller samma del två gånger (%s) och kan vara manipulerad. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    MACROS(WorkbookRefusedException.UNPROCESSABLE, "macros", "Macros",
            "Arbetsboken innehåller makron. Spara som Excel-arbetsbok (.xlsx), inte som makroaktiverad arbetsbok (.xlsm), och skicka igen."),
    EXTERNAL_LINKS(WorkbookRefusedException.UNPROCESSABLE, "external_links", "External links",
            "Arbetsboken har länkar till andra arbetsböcker. Bryt länkarna (Data > Redigera länkar > Bryt länk), spara och skicka igen."),
    EXTERNAL_TARGETS(WorkbookRefusedException.UNPROCESSABLE, "external_targets", "Link or picture outside the workbook",
            "Arbetsboken har en bild, länk eller ett objekt som hämtas från en plats utanför arbetsboken (%s). Sådant kan lämna ut inloggningsuppgifter när arbetsboken öppnas och tas därför inte emot. Ta bort länken eller bilden (eller klistra in bilden i stället för att länka den), spara och skicka igen."),
    DATA_CONNECTIONS(WorkbookRefusedException.UNPROCESSABLE, "data_connections", "Data connections",
            "Arbetsboken har dataanslutningar eller XML-mappningar till externa källor. Ta bort dem (Data > Frågor och anslutningar, Utvecklare > Källa), spara och skicka igen."),
    EMBEDDED_OBJECTS(WorkbookRefusedException.UNPROCESSABLE, "embedded_objects", "Embedded objects",
            "Arbetsboken innehåller inbäddade objekt eller kontroller (t.ex. andra filer eller ActiveX). Ta bort dem, spara och skicka igen."),
    XML_DOCTYPE(WorkbookRefusedException.UNPROCESSABLE, "xml_doctype", "XML with DOCTYPE",
            "Arbetsboken innehåller otillåtna XML-deklarationer (DOCTYPE) och kan vara manipulerad. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    XML_TOO_DEEP(WorkbookRefusedException.UNPROCESSABLE, "xml_too_deep", "XML nested too deep",
            "Arbetsboken innehåller XML som är nästlad djupare än %s nivåer och tas inte emot. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    TOO_MANY_ROWS(WorkbookRefusedException.UNPROCESSABLE, "too_many_rows", "Too many rows in a sheet",
            "Ett blad i arbetsboken (%s) har fler än %s rader och tas inte emot. Ta bort inklistrade rader och blad som inte hör till mallen, spara och skicka igen."),
    TOO_MANY_CELLS(WorkbookRefusedException.UNPROCESSABLE, "too_many_cells", "Too many cells",
            "Arbetsboken har fler än %s ifyllda celler och tas inte emot. Ta bort inklistrade blad och områden som inte hör till mallen, spara och skicka igen."),
    TOO_MANY_SHARED_STRINGS(WorkbookRefusedException.UNPROCESSABLE, "too_many_shared_strings", "Too many texts",
            "Arbetsboken innehåller fler än %s olika texter och tas inte emot. Ta bort inklistrade blad som inte hör till mallen, spara och skicka igen."),
    TEXT_TOO_LONG(WorkbookRefusedException.UNPROCESSABLE, "text_too_long", "Text too long",
            "En text i arbetsboken är längre än %s tecken, mer än Excel självt tillåter i en cell. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    FORMULA_TOO_LONG(WorkbookRefusedException.UNPROCESSABLE, "formula_too_long", "Formula or name too long",
            "En formel eller ett namn i arbetsboken är längre än %s tecken, mer än Excel självt tillåter. Öppna den i Excel, spara som Excel-arbetsbok (.xlsx) och skicka igen."),
    TOO_MANY_NAMES(WorkbookRefusedException.UNPROCESSABLE, "too_many_names", "Too many defined names",
            "Arbetsboken har fler än %s definierade namn och tas inte emot. Ta bort namn som inte hör till mallen (Formler > Namnhanteraren), spara och skicka igen."),
    NAME_RANGE_TOO_LARGE(WorkbookRefusedException.UNPROCESSABLE, "name_range_too_large", "A name points at too large a range",
            "Namnet %s pekar på ett område med %s celler; mallens namn pekar på högst %s. Ladda ner en ny mall, för över uppgifterna och skicka igen.");

    private final int status;
    private final String code;
    private final String title;
    private final String swedish;

    Refusal(int status, String code, String title, String swedish) {
        this.status = status;
        this.code = code;
        this.title = title;
        this.swedish = swedish;
    }

    public String code() {
        return code;
    }

    /** The exception to throw; {@code args} fill the Swedish message's {@code %s}, e.g. the limit. */
    public WorkbookRefusedException exception(Object... args) {
        return new WorkbookRefusedException(status, code, title, args.length == 0 ? swedish : String.format(swedish, args));
    }
}
