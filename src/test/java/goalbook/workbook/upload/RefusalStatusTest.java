package goalbook.workbook.upload;

import goalbook.workbook.referencebook.ReferenceWorkbook;
import goalbook.workbook.upload.UploadedWorkbook;
import goalbook.workbook.intake.Refusal;
import goalbook.workbook.intake.WorkbookRefusedException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Each refusal declares its status; one code per condition. The table is the API contract (README, add-in). */
class RefusalStatusTest {

    @Test
    void everyPreScanRefusal_declaresItsStatus() {
        Map<String, Integer> table = new TreeMap<>();
        Arrays.stream(Refusal.values()).forEach(r -> table.put(r.code(), r.exception("1", "1", "1").status()));
        Map<String, Integer> expected = new TreeMap<>(Map.ofEntries(
                Map.entry("too_large", 413),
                Map.entry("empty_file", 415), Map.entry("xls_format", 415), Map.entry("encrypted", 415), Map.entry("xlsb_format", 415),
                Map.entry("ods_format", 415), Map.entry("csv_format", 415), Map.entry("html_format", 415), Map.entry("leading_bytes", 415),
                Map.entry("strict_ooxml", 415), Map.entry("xml_spreadsheet_format", 415), Map.entry("not_a_workbook", 415),
                Map.entry("corrupt", 422), Map.entry("too_many_entries", 422), Map.entry("uncompressed_too_large", 422),
                Map.entry("zip_bomb", 422), Map.entry("duplicate_entry", 422), Map.entry("macros", 422), Map.entry("external_links", 422), Map.entry("external_targets", 422),
                Map.entry("data_connections", 422), Map.entry("embedded_objects", 422), Map.entry("xml_doctype", 422),
                Map.entry("xml_too_deep", 422), Map.entry("too_many_rows", 422), Map.entry("too_many_cells", 422),
                Map.entry("too_many_shared_strings", 422), Map.entry("text_too_long", 422), Map.entry("formula_too_long", 422),
                Map.entry("too_many_names", 422), Map.entry("name_range_too_large", 422)));
        assertEquals(expected, table);
        assertEquals(Refusal.values().length, table.size(), "one code per condition");
    }

    @Test
    void refusal_withAStatusThatIsNotARefusal_cannotBeMade() {
        assertThrows(IllegalArgumentException.class, () -> new WorkbookRefusedException(500, "x", "X", "x"));
    }

    /** What POI cannot open, for uploads and for reference workbooks alike, is the pre-scan's "corrupt". */
    @Test
    void unreadableAfterThePreScan_isCorrupt() {
        WorkbookRefusedException upload = assertThrows(WorkbookRefusedException.class, () -> UploadedWorkbook.open(new byte[] {'P', 'K', 3, 4}));
        assertEquals("corrupt", upload.code());
        assertEquals(422, upload.status());
        WorkbookRefusedException reference = assertThrows(WorkbookRefusedException.class, () -> new ReferenceWorkbook().readAsJson(
                new byte[] {'P', 'K', 3, 4}, goalbook.goals.TestStructures.structureB(), 2024, goalbook.goals.TestStructures.regions().all()));
        assertEquals("corrupt", reference.code());
        assertEquals(422, reference.status());
    }
}
