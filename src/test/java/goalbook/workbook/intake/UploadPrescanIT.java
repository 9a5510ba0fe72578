package goalbook.workbook.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the prescan over POI's own test corpus in {@code ../shared/corpus/poi-xlsx}: hostile files are refused by kind. */
@Tag("integration")
class UploadPrescanIT {
    private static final Map<String, String> HOSTILE = Map.ofEntries(
            Map.entry("poc-xmlbomb.xlsx", "xml_doctype"),
            Map.entry("poc-xmlbomb-empty.xlsx", "xml_doctype"),
            Map.entry("54764.xlsx", "xml_doctype"),
            Map.entry("54764-2.xlsx", "xml_doctype"),
            Map.entry("xxe_in_schema.xlsx", "data_connections"),
            Map.entry("duplicate-filename.xlsx", "duplicate_entry"),
            Map.entry("duplicate-filename-case-insensitive.xlsx", "duplicate_entry"),
            Map.entry("xlsx-corrupted.xlsx", "corrupt"),
            Map.entry("SimpleStrict.xlsx", "strict_ooxml"),
            Map.entry("SampleSS.strict.xlsx", "strict_ooxml"),
            Map.entry("sample.strict.xlsx", "strict_ooxml"),
            Map.entry("protected_passtika.xlsx", "encrypted"),
            Map.entry("xlmmacro.xlsm", "macros"),
            Map.entry("SimpleMacro.xlsm", "macros"),
            Map.entry("link-external-workbook-b.xlsx", "external_links"),
            Map.entry("WithEmbeded.xlsx", "embedded_objects"),
            Map.entry("bug64512_embed.xlsx", "embedded_objects"));

    private static Path corpus;

    @BeforeAll
    static void findCorpus() {
        corpus = Path.of(System.getProperty("goalbook.shared", "../shared")).resolve("corpus").resolve("poi-xlsx");
        if (!Files.isDirectory(corpus)) {
            fail("corpus folder missing: " + corpus.toAbsolutePath() + " (set -Dgoalbook.shared)");
        }
    }

    static Stream<String> hostile() {
        return HOSTILE.keySet().stream().sorted();
    }

    @ParameterizedTest
    @MethodSource("hostile")
    void check_knownHostileFile_isRefusedWithItsCode(String file) throws IOException {
        byte[] bytes = Files.readAllBytes(corpus.resolve(file));
        WorkbookRefusedException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            try {
                UploadPrescan.check(bytes, UploadLimits.DEFAULT);
                return null;
            } catch (WorkbookRefusedException refused) {
                return refused;
            }
        });
        assertEquals(HOSTILE.get(file), e == null ? "passed" : e.code(), file);
    }

    @Test
    void check_everyCorpusFile_passesOrIsRefused_quickly() throws IOException {
        List<String> failures = new ArrayList<>();
        int passed = 0;
        int macros = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(corpus)) {
            files = list.filter(p -> p.toString().matches(".*\\.xls[xm]$")).sorted().toList();
        }
        assertTrue(files.size() > 300, "expected POI's corpus, found " + files.size() + " workbooks");
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            long start = System.nanoTime();
            try {
                UploadPrescan.check(bytes, UploadLimits.DEFAULT);
                passed++;
            } catch (WorkbookRefusedException e) {
                macros += e.code().equals("macros") ? 1 : 0;
                if (e.swedish().isBlank()) {
                    failures.add(file.getFileName() + ": blank Swedish message");
                }
            } catch (RuntimeException | Error e) {
                failures.add(file.getFileName() + ": " + e);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            if (millis > 10_000) {
                failures.add(file.getFileName() + ": took " + millis + " ms");
            }
        }
        assertEquals(List.of(), failures);
        long xlsm = files.stream().filter(p -> p.toString().endsWith(".xlsm")).count();
        assertEquals(xlsm, macros, "every .xlsm is refused for macros");
        // Ordinary workbooks must still get through: the prescan is not a blanket refusal.
        assertTrue(passed > files.size() * 3 / 4, "only " + passed + " of " + files.size() + " passed");
    }

    @Test
    void check_ordinaryCorpusWorkbooks_pass() throws IOException {
        for (String file : List.of("SampleSS.xlsx", "sample.xlsx", "comments.xlsx", "workbookProtection_worksheet_protected.xlsx",
                "57893-many-merges.xlsx")) {
            byte[] bytes = Files.readAllBytes(corpus.resolve(file));
            UploadPrescan.check(bytes, UploadLimits.DEFAULT);
        }
    }

    /** The corpus's "huge shared-strings table": one text of a million characters, more than Excel holds in a cell. */
    @Test
    void check_sharedStringLongerThanExcelAllows_isRefusedWhileScanning() throws IOException {
        byte[] bytes = Files.readAllBytes(corpus.resolve("poc-shared-strings.xlsx"));
        WorkbookRefusedException e = org.junit.jupiter.api.Assertions.assertThrows(WorkbookRefusedException.class,
                () -> UploadPrescan.check(bytes, UploadLimits.DEFAULT));
        assertEquals("text_too_long", e.code());
        assertTrue(e.swedish().contains("32"), e.swedish());
    }
}
