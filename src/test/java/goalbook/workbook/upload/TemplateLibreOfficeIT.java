package goalbook.workbook.upload;

import goalbook.workbook.TemplateIdentity;
import goalbook.workbook.ExternalTools;
import goalbook.workbook.Filled;
import goalbook.workbook.Fixtures;
import goalbook.workbook.upload.WorkbookReader;
import goalbook.workbook.upload.ReadWorkbook;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import goalbook.evaluation.SubmittedInputs;
import goalbook.goals.Period;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The template in LibreOffice: it prints, and a filled one saved by LibreOffice is still read. */
@Tag("integration")
class TemplateLibreOfficeIT {

    @TempDir
    Path dir;

    @Test
    void convertToPdf_bothStructures_exitZeroAndAPdf() throws Exception {
        for (var s : new goalbook.goals.GoalStructure[] {Fixtures.a(), Fixtures.b()}) {
            Path xlsx = Files.write(dir.resolve(s.id() + ".xlsx"), Fixtures.render(s, s.validFrom(), 4));
            ExternalTools.Result r = ExternalTools.convert(xlsx, "pdf", dir, dir);
            assertEquals(0, r.exitCode(), r.output());
            Path pdf = dir.resolve(s.id() + ".pdf");
            assertTrue(Files.size(pdf) > 10_000, "PDF of " + s.id() + " is " + Files.size(pdf) + " bytes");
            assertEquals("%PDF", new String(Arrays.copyOf(Files.readAllBytes(pdf), 4)));
        }
    }

    @Test
    void roundTrip_filledTemplateSavedByLibreOffice_identityAndInputsRecognised() throws Exception {
        Period q2 = new Period(2024, 2);
        byte[] filled;
        String cell;
        try (Filled f = new Filled(Fixtures.render(Fixtures.b(), 2024, 2))) {
            Fixtures.b().regionInputsDueIn(2).forEach(m -> f.set(m.id(), Fixtures.inputsB().get(m.id())));
            f.set("kostnader", "9 000 000").set("gb_comment_nps", "Färre svar än väntat.");
            filled = f.bytes();
            cell = "Inrapportering!" + f.cell("unika_kunder").getAddress().formatAsString();
        }
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.write(in.resolve("ifylld.xlsx"), filled);
        ExternalTools.Result r = ExternalTools.convert(in.resolve("ifylld.xlsx"), "xlsx", out, dir);
        assertEquals(0, r.exitCode(), r.output());
        ReadWorkbook read = new WorkbookReader().read(Files.readAllBytes(out.resolve("ifylld.xlsx")), Fixtures.b(), q2);
        assertEquals(new TemplateIdentity("almi-2021", Fixtures.b().revision(), 2024, 2, "gavle-dala", "1"), read.identity());
        WorkbookReader.checkIdentity(read.identity(), Fixtures.b(), q2, "gavle-dala");
        SubmittedInputs inputs = read.inputs();
        assertTrue(inputs.problems().isEmpty(), inputs.problems().toString());
        assertEquals(0, new BigDecimal("100").compareTo(inputs.values().get("unika_kunder")));
        assertEquals(0, new BigDecimal("9000000").compareTo(inputs.values().get("kostnader")));
        assertEquals(Fixtures.b().regionInputsDueIn(2).size(), inputs.values().size());
        assertEquals("Färre svar än väntat.", inputs.comments().get("nps"));
        assertEquals(cell, inputs.cells().get("unika_kunder"), "LibreOffice keeps the name on the same cell");
    }
}
