package goalbook.workbook.intake;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells what an upload really is from its bytes, whatever its name says, e.g. {@code D0 CF 11 E0 ...}
 * with a {@code Workbook} stream is a legacy .xls. Returns normally only for a zip that starts at byte 0.
 */
public final class FileSniffer {
    private static final byte[] OLE_MAGIC = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
    private static final byte[] ZIP_LOCAL = {'P', 'K', 3, 4};
    private static final byte[] ZIP_EMPTY = {'P', 'K', 5, 6};
    private static final int TEXT_HEAD = 4096;

    private FileSniffer() {}

    static void requireZip(byte[] b) {
        if (b.length == 0) {
            throw Refusal.EMPTY_FILE.exception();
        }
        if (startsWith(b, OLE_MAGIC, 0)) {
            throw classifyOle(b).exception();
        }
        if (startsWith(b, ZIP_LOCAL, 0)) {
            return;
        }
        if (startsWith(b, ZIP_EMPTY, 0)) {
            throw Refusal.NOT_A_WORKBOOK.exception();
        }
        // Something glued in front of a zip (a mail header, a multipart boundary, an installer stub).
        if (indexOf(b, ZIP_LOCAL) > 0) {
            throw Refusal.LEADING_BYTES.exception();
        }
        throw classifyOther(b).exception();
    }

    /**
     * An OLE2 compound file: encrypted OOXML keeps {@code EncryptionInfo} and {@code EncryptedPackage}
     * streams, a legacy workbook a {@code Workbook} (BIFF8) or {@code Book} (BIFF5) stream.
     */
    static Refusal classifyOle(byte[] b) {
        if (OleDirectory.hasEntry(b, "EncryptionInfo") || OleDirectory.hasEntry(b, "EncryptedPackage")) {
            return Refusal.ENCRYPTED;
        }
        if (OleDirectory.hasEntry(b, "Workbook") || OleDirectory.hasEntry(b, "Book")) {
            return Refusal.XLS_FORMAT;
        }
        return Refusal.NOT_A_WORKBOOK;
    }

    /** Not a zip and not OLE: text (CSV or HTML, as Excel's "Webbsida" save writes it) or unknown binary. */
    static Refusal classifyOther(byte[] b) {
        String head = textHead(b);
        if (head == null) {
            return Refusal.NOT_A_WORKBOOK;
        }
        String lower = head.strip().toLowerCase(Locale.ROOT);
        if (lower.startsWith("%pdf")) {
            return Refusal.NOT_A_WORKBOOK;
        }
        // Excel's XML Spreadsheet 2003 has <Table> elements too, so it is told apart before HTML.
        if (lower.contains("urn:schemas-microsoft-com:office:spreadsheet") || lower.contains("<?mso-application progid=\"excel.sheet\"?>")) {
            return Refusal.XML_SPREADSHEET;
        }
        if (lower.startsWith("<!doctype html") || lower.startsWith("<html") || lower.contains("<html")
                || lower.contains("<table") || lower.contains("<body")) {
            return Refusal.HTML_FORMAT;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<")) {
            return Refusal.NOT_A_WORKBOOK;
        }
        return Refusal.CSV_FORMAT;
    }

    /** The first few KiB decoded as text, or null when they look binary (NUL or many control bytes). */
    private static String textHead(byte[] b) {
        int n = Math.min(b.length, TEXT_HEAD);
        if (n >= 2 && ((b[0] == (byte) 0xFF && b[1] == (byte) 0xFE) || (b[0] == (byte) 0xFE && b[1] == (byte) 0xFF))) {
            return new String(b, 0, n - (n % 2), StandardCharsets.UTF_16);
        }
        int control = 0;
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xFF;
            if (c == 0) {
                return null;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        if (control * 100 > n) {
            return null;
        }
        int start = startsWith(b, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, 0) ? 3 : 0;
        // ISO-8859-1 never fails; only the ASCII markup matters here.
        return new String(b, start, n - start, StandardCharsets.ISO_8859_1);
    }

    static boolean startsWith(byte[] b, byte[] prefix, int at) {
        if (at < 0 || b.length - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] b, byte[] needle) {
        outer:
        for (int i = 0; i <= b.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (b[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
