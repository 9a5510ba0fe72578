package goalbook.workbook.intake;

import goalbook.workbook.upload.WorkbookReader;
import goalbook.workbook.upload.ReadWorkbook;
import goalbook.workbook.Filling;
import goalbook.workbook.Fixtures;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import goalbook.goals.Period;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** Each content bound at, just below and just above what a rendered template declares: at passes, one less refuses. */
class ContentLimitsTest {
    private static final byte[] TEMPLATE = Fixtures.render(Fixtures.b(), 2024, 2);
    private static final ContentLimits WIDE = ContentLimits.DEFAULT;

    private static ContentLimits with(int rows, int cells, int strings, int text, int names, int nameCells) {
        return new ContentLimits(rows, cells, strings, text, WIDE.maxFormulaLength(), names, nameCells);
    }

    private static void passes(byte[] xlsx, ContentLimits limits) {
        UploadPrescan.check(xlsx, UploadLimits.DEFAULT, limits);
    }

    private static void refused(byte[] xlsx, ContentLimits limits, String code) {
        assertEquals(code, assertThrows(WorkbookRefusedException.class, () -> UploadPrescan.check(xlsx, UploadLimits.DEFAULT, limits)).code());
    }

    @Test
    void rowsPerSheet_atTheMostRowsOfAnySheet() throws IOException {
        int most = 0;
        for (int i = 1; i <= 4; i++) {
            most = Math.max(most, count(entry(TEMPLATE, "xl/worksheets/sheet" + i + ".xml"), "<row "));
        }
        passes(TEMPLATE, with(most, WIDE.maxCells(), WIDE.maxSharedStrings(), WIDE.maxTextLength(), WIDE.maxDefinedNames(), 6));
        refused(TEMPLATE, with(most - 1, WIDE.maxCells(), WIDE.maxSharedStrings(), WIDE.maxTextLength(), WIDE.maxDefinedNames(), 6), "too_many_rows");
    }

    @Test
    void cells_countedOverTheWholeWorkbook() throws IOException {
        int all = 0;
        for (int i = 1; i <= 4; i++) {
            all += count(entry(TEMPLATE, "xl/worksheets/sheet" + i + ".xml"), "<c ");
        }
        passes(TEMPLATE, with(WIDE.maxRowsPerSheet(), all, WIDE.maxSharedStrings(), WIDE.maxTextLength(), WIDE.maxDefinedNames(), 6));
        refused(TEMPLATE, with(WIDE.maxRowsPerSheet(), all - 1, WIDE.maxSharedStrings(), WIDE.maxTextLength(), WIDE.maxDefinedNames(), 6),
                "too_many_cells");
    }

    @Test
    void sharedStringsAndNames_atTheirCount() throws IOException {
        int strings = count(entry(TEMPLATE, "xl/sharedStrings.xml"), "<si>");
        int names = count(entry(TEMPLATE, "xl/workbook.xml"), "<definedName ");
        passes(TEMPLATE, with(WIDE.maxRowsPerSheet(), WIDE.maxCells(), strings, WIDE.maxTextLength(), names, 6));
        refused(TEMPLATE, with(WIDE.maxRowsPerSheet(), WIDE.maxCells(), strings - 1, WIDE.maxTextLength(), names, 6), "too_many_shared_strings");
        refused(TEMPLATE, with(WIDE.maxRowsPerSheet(), WIDE.maxCells(), strings, WIDE.maxTextLength(), names - 1, 6), "too_many_names");
    }

    @Test
    void textLength_aStringOfExactlyTheLimit() throws IOException {
        byte[] b = Filling.replaceInEntry(TEMPLATE, "xl/sharedStrings.xml", "</sst>", "<si><t>" + "å".repeat(40_000) + "</t></si></sst>");
        passes(b, with(WIDE.maxRowsPerSheet(), WIDE.maxCells(), WIDE.maxSharedStrings(), 40_000, WIDE.maxDefinedNames(), 6));
        refused(b, with(WIDE.maxRowsPerSheet(), WIDE.maxCells(), WIDE.maxSharedStrings(), 39_999, WIDE.maxDefinedNames(), 6), "text_too_long");
    }

    @Test
    void identityRange_sixCellsRead_fiveRefusedNamingTheName() throws IOException {
        byte[] b = Filling.replaceInEntry(TEMPLATE, "docProps/custom.xml", "name=\"goalbook.", "name=\"annat.");
        ReadWorkbook read = WorkbookReader.read(UploadPrescan.check(b, UploadLimits.DEFAULT, with(WIDE.maxRowsPerSheet(), WIDE.maxCells(),
                WIDE.maxSharedStrings(), WIDE.maxTextLength(), WIDE.maxDefinedNames(), 6)), Fixtures.b(), new Period(2024, 2));
        assertEquals("gavle-dala", read.identity().region(), "from the cells gb_identity points at");
        PrescannedUpload tight = UploadPrescan.check(b, UploadLimits.DEFAULT, with(WIDE.maxRowsPerSheet(), WIDE.maxCells(),
                WIDE.maxSharedStrings(), WIDE.maxTextLength(), WIDE.maxDefinedNames(), 5));
        WorkbookRefusedException e = assertThrows(WorkbookRefusedException.class, () -> WorkbookReader.identity(tight));
        assertEquals("name_range_too_large", e.code());
        assertEquals("Namnet gb_identity pekar på ett område med 6 celler; mallens namn pekar på högst 5. Ladda ner en ny mall, "
                + "för över uppgifterna och skicka igen.", e.swedish());
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static String entry(byte[] xlsx, String name) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name);
    }
}
