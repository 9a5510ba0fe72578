package goalbook.workbook.intake;

import goalbook.workbook.Styles;
import goalbook.workbook.TestZips;
import static goalbook.workbook.TestZips.utf8;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UploadPrescanTest {
    private static final UploadLimits LIMITS = UploadLimits.DEFAULT;

    private static WorkbookRefusedException refused(byte[] bytes) {
        return refused(bytes, LIMITS);
    }

    private static WorkbookRefusedException refused(byte[] bytes, UploadLimits limits) {
        return assertThrows(WorkbookRefusedException.class, () -> UploadPrescan.check(bytes, limits));
    }

    private static void assertCode(String code, byte[] bytes) {
        assertCode(code, bytes, "");
    }

    private static void assertCode(String code, byte[] bytes, String what) {
        WorkbookRefusedException e = refused(bytes);
        assertEquals(code, e.code(), what + ": " + e.getMessage());
        assertFalse(e.swedish().isBlank());
    }

    @Test
    void check_plainPoiWorkbook_passes() {
        assertDoesNotThrow(() -> UploadPrescan.check(TestZips.zip(TestZips.minimalWorkbookEntries()), LIMITS));
    }

    @Test
    void check_emptyFile_isEmptyFile() {
        assertCode("empty_file", new byte[0]);
    }

    @Test
    void check_oneByteOverMaxBytes_isTooLarge_andAtMaxPasses() {
        byte[] workbook = TestZips.zip(TestZips.minimalWorkbookEntries());
        UploadLimits exact = new UploadLimits(workbook.length, 2000, 100L << 20, 100, 64);
        UploadLimits below = new UploadLimits(workbook.length - 1, 2000, 100L << 20, 100, 64);
        assertDoesNotThrow(() -> UploadPrescan.check(workbook, exact));
        WorkbookRefusedException e = refused(workbook, below);
        assertEquals("too_large", e.code());
    }

    @Test
    void check_tooLarge_saysTheLimitInMegabytes() {
        byte[] big = new byte[(10 << 20) + 1];
        WorkbookRefusedException e = refused(big);
        assertEquals("too_large", e.code());
        assertTrue(e.swedish().contains("10 MB"), e.swedish());
    }

    @Test
    void check_oleWithWorkbookStream_isXlsFormat() {
        WorkbookRefusedException e = refused(TestZips.ole("Workbook", "SummaryInformation"));
        assertEquals("xls_format", e.code());
        assertTrue(e.swedish().contains("Spara som Excel-arbetsbok (.xlsx)"), e.swedish());
    }

    @Test
    void check_oleWithEncryptionStreams_isEncrypted() {
        assertCode("encrypted", TestZips.ole("EncryptionInfo", "EncryptedPackage"));
    }

    @Test
    void check_xlsWhoseCellTextMentionsEncryptionInfo_isStillXlsFormat() {
        byte[] b = TestZips.ole("Workbook");
        byte[] text = "EncryptionInfo".getBytes(StandardCharsets.UTF_16LE);
        byte[] padded = new byte[b.length + 512];
        System.arraycopy(b, 0, padded, 0, b.length);
        System.arraycopy(text, 0, padded, b.length + 10, text.length);
        assertCode("xls_format", padded);
    }

    @Test
    void check_oleWithoutWorkbook_isNotAWorkbook() {
        assertCode("not_a_workbook", TestZips.ole("WordDocument"));
    }

    @Test
    void check_semicolonCsv_isCsvFormat() {
        assertCode("csv_format", utf8("\uFEFFMått;Värde\nunika_kunder;120\n"));
    }

    @Test
    void check_html_isHtmlFormat() {
        assertCode("html_format", utf8("<!DOCTYPE html>\n<html><body><table><tr><td>1</td></tr></table></body></html>"));
    }

    @Test
    void check_excelWebPageSave_isHtmlFormat() {
        assertCode("html_format", utf8("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head></head></html>"));
    }

    @Test
    void check_bytesBeforeZip_isLeadingBytes() {
        byte[] workbook = TestZips.zip(TestZips.minimalWorkbookEntries());
        byte[] prefixed = new byte[workbook.length + 40];
        System.arraycopy(utf8("--boundary\r\nContent-Type: x\r\n\r\n"), 0, prefixed, 0, 30);
        System.arraycopy(workbook, 0, prefixed, 40, workbook.length);
        assertCode("leading_bytes", prefixed);
    }

    @Test
    void check_randomBinary_isNotAWorkbook() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 0;
        assertCode("not_a_workbook", noise);
    }

    @Test
    void check_odsZip_isOdsFormat() {
        Map<String, byte[]> ods = new LinkedHashMap<>();
        ods.put("mimetype", utf8("application/vnd.oasis.opendocument.spreadsheet"));
        ods.put("content.xml", utf8("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>"));
        assertCode("ods_format", TestZips.zip(ods));
    }

    @Test
    void check_xlsbZip_isXlsbFormat() {
        Map<String, byte[]> xlsb = new LinkedHashMap<>();
        xlsb.put("[Content_Types].xml", utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/xl/workbook.bin\" ContentType=\"application/vnd.ms-excel.sheet.binary.macroEnabled.main\"/></Types>"));
        xlsb.put("xl/workbook.bin", new byte[] {(byte) 0x83, 1, 0});
        assertCode("xlsb_format", TestZips.zip(xlsb));
    }

    @Test
    void check_strictNamespaceInWorkbookPart_isStrictOoxml() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        String workbook = new String(all.get("xl/workbook.xml"), StandardCharsets.UTF_8)
                .replace("http://schemas.openxmlformats.org/spreadsheetml/2006/main", PartRules.STRICT_NAMESPACE);
        all.put("xl/workbook.xml", utf8(workbook));
        assertCode("strict_ooxml", TestZips.zip(all));
    }

    @Test
    void check_wordDocumentZip_isNotAWorkbook() {
        Map<String, byte[]> docx = new LinkedHashMap<>();
        docx.put("[Content_Types].xml", utf8("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>"));
        docx.put("word/document.xml", utf8("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>"));
        assertCode("not_a_workbook", TestZips.zip(docx));
    }

    @Test
    void check_zipBombOfZeros_isRefusedWhileInflating() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        all.put("xl/media/image1.png", new byte[20 << 20]);
        byte[] bomb = TestZips.zip(all);
        assertTrue(bomb.length < 100_000, "fixture should be small: " + bomb.length);
        assertCode("zip_bomb", bomb);
    }

    @Test
    void check_entryJustUnderRatio_passes_andJustOverIsZipBomb() {
        // 200 KiB of random bytes stored as hex compress about 2:1 — far below 100.
        byte[] hex = new byte[200 * 1024];
        Random random = new Random(1);
        for (int i = 0; i < hex.length; i++) {
            hex[i] = (byte) "0123456789abcdef".charAt(random.nextInt(16));
        }
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        all.put("xl/media/data.bin", hex);
        byte[] zip = TestZips.zip(TestZips.declaring(all, "bin", "application/octet-stream"));
        assertDoesNotThrow(() -> UploadPrescan.check(zip, LIMITS));
        assertEquals("zip_bomb", refused(zip, new UploadLimits(10L << 20, 2000, 100L << 20, 1.5, 64)).code());
    }

    @Test
    void check_moreInflatedThanAllowed_isUncompressedTooLarge() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        byte[] text = new byte[2 << 20];
        new Random(3).nextBytes(text);
        all.put("xl/media/image1.png", text);
        WorkbookRefusedException e = refused(TestZips.zip(all), new UploadLimits(10L << 20, 2000, 1L << 20, 100, 64));
        assertEquals("uncompressed_too_large", e.code());
    }

    @Test
    void check_oneEntryMoreThanMaxEntries_isTooManyEntries() {
        Map<String, byte[]> all = TestZips.declaring(TestZips.minimalWorkbookEntries(), "bin", "application/octet-stream");
        int allowed = all.size() + 5;
        for (int i = 0; i < 5; i++) {
            all.put("xl/media/x" + i + ".bin", new byte[] {1});
        }
        byte[] atLimit = TestZips.zip(all);
        all.put("xl/media/extra.bin", new byte[] {1});
        byte[] overLimit = TestZips.zip(all);
        UploadLimits limits = new UploadLimits(10L << 20, allowed, 100L << 20, 100, 64);
        assertDoesNotThrow(() -> UploadPrescan.check(atLimit, limits));
        assertEquals("too_many_entries", refused(overLimit, limits).code());
    }

    @Test
    void check_manyEntries_defaultLimit_isTooManyEntries() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        for (int i = 0; i < 2001; i++) {
            all.put("xl/media/x" + i + ".bin", new byte[0]);
        }
        assertCode("too_many_entries", TestZips.zip(all));
    }

    @Test
    void check_sameNameTwice_isDuplicateEntry() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        all.put("xl/stylez.xml", all.get("xl/styles.xml"));
        assertCode("duplicate_entry", TestZips.replaceAll(TestZips.zip(all), "xl/stylez.xml", "xl/styles.xml"));
    }

    @Test
    void check_sameNameDifferentCase_isDuplicateEntry() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        all.put("xl/Styles.xml", all.get("xl/styles.xml"));
        assertCode("duplicate_entry", TestZips.zip(all));
    }

    @Test
    void check_billionLaughsDoctype_isXmlDoctype() {
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
                + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>&lol2;</t></si></sst>";
        assertCode("xml_doctype", TestZips.workbookWith("xl/sharedStrings.xml", laughs));
    }

    @Test
    void check_externalEntity_isXmlDoctype() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";
        assertCode("xml_doctype", TestZips.workbookWith("docProps/custom.xml", xxe));
    }

    @Test
    void check_depthAtLimit_passes_andOneDeeperIsXmlTooDeep() {
        UploadLimits limits = new UploadLimits(10L << 20, 2000, 100L << 20, 100, 10);
        assertDoesNotThrow(() -> UploadPrescan.check(TestZips.workbookWith("customXml/item1.xml", nested(10)), limits));
        assertEquals("xml_too_deep", refused(TestZips.workbookWith("customXml/item1.xml", nested(11)), limits).code());
        // a limit past the parser's own default (1 000) is still ours to say
        UploadLimits deep = new UploadLimits(10L << 20, 2000, 100L << 20, 100, 2_000);
        assertDoesNotThrow(() -> UploadPrescan.check(TestZips.workbookWith("customXml/item1.xml", nested(2_000)), deep));
        assertEquals("xml_too_deep", refused(TestZips.workbookWith("customXml/item1.xml", nested(2_001)), deep).code());
    }

    @Test
    void check_deepXmlWithDefaultLimit_isXmlTooDeep() {
        assertCode("xml_too_deep", TestZips.workbookWith("customXml/item1.xml", nested(100_000)));
    }

    @Test
    void check_malformedXml_isCorrupt() {
        assertCode("corrupt", TestZips.workbookWith("xl/sharedStrings.xml", "<sst><si><t>öppen</si>"));
    }

    /** What the parser refuses by itself (Woodstox since stop 21, the JDK's parser before) keeps the same codes. */
    @Test
    void check_whatOnlyTheParserSees_keepsItsCodes() {
        String sst = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>%s</t></si></sst>";
        assertCode("corrupt", TestZips.workbookWith("xl/sharedStrings.xml", sst.formatted("a\u0001b")), "a control character");
        assertCode("corrupt", TestZips.workbookWith("xl/sharedStrings.xml", sst.formatted("&#1;")), "a control character by reference");
        assertCode("xml_doctype", TestZips.workbookWith("xl/sharedStrings.xml", sst.formatted("&undeclared;")), "an entity never declared");
        assertCode("corrupt", TestZips.workbookWith("xl/sharedStrings.xml", sst.formatted("<t a='1' a='2'/>")), "an attribute twice");
        assertCode("corrupt", TestZips.workbookWith("xl/sharedStrings.xml", "<?xml version=\"1.0\"?>" + sst.formatted("x") + "<more/>"),
                "a second root element");
        String withBom = "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + sst.formatted("&amp; &lt;öppen&gt; &#229;");
        assertDoesNotThrow(() -> UploadPrescan.check(TestZips.workbookWith("xl/sharedStrings.xml", withBom), UploadLimits.DEFAULT),
                "a byte-order mark and the predefined entities");
    }

    @Test
    void check_truncatedZip_isCorrupt() {
        byte[] workbook = TestZips.zip(TestZips.minimalWorkbookEntries());
        byte[] cut = java.util.Arrays.copyOf(workbook, workbook.length / 2);
        assertCode("corrupt", cut);
    }

    @Test
    void check_vbaProject_isMacros() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        all.put("xl/vbaProject.bin", TestZips.ole("VBA"));
        assertCode("macros", TestZips.zip(all));
    }

    /** A macro workbook that also links a picture on a share is told about its macros first, as the corpus's .xlsm files are. */
    @Test
    void check_macrosAndAnExternalTarget_isMacros_andTheTargetAloneIsExternalTargets() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        String rels = new String(all.get("xl/_rels/workbook.xml.rels"), StandardCharsets.UTF_8).replace("</Relationships>",
                "<Relationship Id=\"rIdX\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\""
                        + " Target=\"file://host/share/x.png\" TargetMode=\"External\"/></Relationships>");
        all.put("xl/_rels/workbook.xml.rels", utf8(rels));
        assertCode("external_targets", TestZips.zip(all));
        all.put("xl/vbaProject.bin", TestZips.ole("VBA"));
        assertCode("macros", TestZips.zip(all));
    }

    /** POI cannot open a package with a part that has no content type; the JSON answer must not say valid where the annotated copy fails. */
    @Test
    void check_partWithoutContentType_isCorrupt_andWithItsTypeDeclaredPasses() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        all.put("xl/media/image1.png", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        assertCode("corrupt", TestZips.zip(all));
        assertDoesNotThrow(() -> UploadPrescan.check(TestZips.zip(TestZips.declaring(all, "png", "image/png")), LIMITS));
    }

    @Test
    void check_macroEnabledContentType_isMacros() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        String types = new String(all.get("[Content_Types].xml"), StandardCharsets.UTF_8)
                .replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                        "application/vnd.ms-excel.sheet.macroEnabled.main+xml");
        all.put("[Content_Types].xml", utf8(types));
        assertCode("macros", TestZips.zip(all));
    }

    @Test
    void check_xlmMacroSheet_isMacros() {
        assertCode("macros", TestZips.workbookWith("xl/macrosheets/sheet1.xml", "<xm:macrosheet xmlns:xm=\"urn:x\"/>"));
    }

    @Test
    void check_externalLink_isExternalLinks() {
        assertCode("external_links", TestZips.workbookWith("xl/externalLinks/externalLink1.xml", "<externalLink xmlns=\"urn:x\"/>"));
    }

    @Test
    void check_connections_isDataConnections() {
        assertCode("data_connections", TestZips.workbookWith("xl/connections.xml", "<connections xmlns=\"urn:x\"/>"));
    }

    @Test
    void check_embeddedObject_isEmbeddedObjects() {
        Map<String, byte[]> all = TestZips.minimalWorkbookEntries();
        all.put("xl/embeddings/oleObject1.bin", TestZips.ole("Ole10Native"));
        assertCode("embedded_objects", TestZips.zip(all));
    }

    private static String nested(int depth) {
        return "<a>".repeat(depth) + "</a>".repeat(depth);
    }
}
