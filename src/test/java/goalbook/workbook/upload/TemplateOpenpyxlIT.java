package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.ExternalTools;
import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.upload.WorkbookReader;
import goalbook.workbook.upload.ReadWorkbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.Measure;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** openpyxl (3.0) lists the names, fills the inputs and saves, dropping custom properties; the identity survives in the sheet. */
@Tag("integration")
class TemplateOpenpyxlIT {

    @TempDir
    Path dir;

    @Test
    void roundTrip_filledWithOpenpyxl_identityFromNameAndValuesRead() throws Exception {
        Period q4 = new Period(2024, 4);
        Path template = Files.write(dir.resolve("mall.xlsx"), Fixtures.render(Fixtures.b(), 2024, 4));
        Path script = dir.resolve("fill_openpyxl.py");
        try (var in = getClass().getResourceAsStream("fill_openpyxl.py")) {
            Files.copy(in, script);
        }
        String values = "{\"unika_kunder\": 100, \"kunder_tidiga_skeden\": \"80\", \"kostnader\": \"1 200\","
                + " \"aktiva_relationer\": 50, \"aktiva_relationer_kyc\": 49, \"gb_comment_kyc\": \"En kund saknar KYC.\"}";
        ExternalTools.Result r = ExternalTools.python(List.of(script.toString(), template.toString(), dir.resolve("ut.xlsx").toString(), values));
        assertEquals(0, r.exitCode(), r.output());

        Set<String> plainNames = Arrays.stream(r.output().split("\\R")).filter(l -> l.startsWith("name:"))
                .map(l -> l.substring(5).strip()).filter(n -> !n.startsWith("gb_") && !n.startsWith("_xlnm")).collect(Collectors.toSet());
        assertEquals(Fixtures.b().regionInputsDueIn(4).stream().map(Measure::id).collect(Collectors.toSet()), plainNames);

        try (Filled saved = new Filled(Files.readAllBytes(dir.resolve("ut.xlsx")))) {
            assertFalse(saved.wb.getProperties().getCustomProperties().contains("goalbook.structure"),
                    "openpyxl 3.0 drops custom properties, so the identity below comes from gb_identity");
        }
        ReadWorkbook read = new WorkbookReader().read(Files.readAllBytes(dir.resolve("ut.xlsx")), Fixtures.b(), q4);
        assertEquals(new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2024, 4, "gavle-dala", "1"), read.identity());
        SubmittedInputs in = read.inputs();
        assertTrue(in.problems().isEmpty(), in.problems().toString());
        assertEquals(0, new BigDecimal("100").compareTo(in.values().get("unika_kunder")));
        assertEquals(new BigDecimal("80"), in.values().get("kunder_tidiga_skeden"));
        assertEquals(new BigDecimal("1200"), in.values().get("kostnader"));
        assertEquals(0, new BigDecimal("49").compareTo(in.values().get("aktiva_relationer_kyc")));
        assertEquals("En kund saknar KYC.", in.comments().get("kyc"));
    }
}
