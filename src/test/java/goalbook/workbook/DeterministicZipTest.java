package goalbook.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class DeterministicZipTest {

    private static final LocalDateTime QUARTER = LocalDateTime.of(2024, 4, 1, 0, 0);

    private static byte[] zipWrittenAt(LocalDateTime time) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            for (String name : new String[] {"a.xml", "b/c.xml"}) {
                ZipEntry e = new ZipEntry(name);
                e.setTimeLocal(time);
                z.putNextEntry(e);
                z.write(("<x>" + name + "</x>").getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Test
    void stamp_sameContentWrittenTwoSecondsApart_givesTheSameBytes() throws IOException {
        LocalDateTime written = LocalDateTime.of(2026, 12, 4, 5, 10, 58);
        byte[] first = DeterministicZip.stamp(zipWrittenAt(written), QUARTER);
        byte[] second = DeterministicZip.stamp(zipWrittenAt(written.plusSeconds(2)), QUARTER);
        assertArrayEquals(first, second);
    }

    @Test
    void stamp_poiWorkbook_everyEntryCarriesTheStampAndTheContentReadsBack() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("Resultat").createRow(0).createCell(0).setCellValue("Uppfyllt");
            wb.write(out);
        }
        byte[] stamped = DeterministicZip.stamp(out.toByteArray(), QUARTER);
        int entries = 0;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(stamped))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertEquals(QUARTER, e.getTimeLocal(), e.getName());
                entries++;
            }
        }
        assertEquals(true, entries > 5, "every part of the workbook was read back");
        try (XSSFWorkbook back = new XSSFWorkbook(new ByteArrayInputStream(stamped))) {
            assertEquals("Uppfyllt", back.getSheet("Resultat").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void stamp_notAZip_isLeftAsItIs() {
        byte[] text = "inte en zip".getBytes(StandardCharsets.UTF_8);
        assertSame(text, DeterministicZip.stamp(text, QUARTER));
        assertArrayEquals("inte en zip".getBytes(StandardCharsets.UTF_8), text);
    }
}
