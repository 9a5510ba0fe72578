package goalbook.workbook.intake;

import java.nio.charset.StandardCharsets;

/**
 * Finds a named entry in an OLE2 compound file without parsing its sector chains, e.g.
 * {@code hasEntry(bytes, "EncryptionInfo")} is true for a password-encrypted .xlsx.
 *
 * <p>Directory entries are 128 bytes, and sectors (512 or 4096 bytes) start after a 512-byte header,
 * so every entry starts at a multiple of 128. An entry is its UTF-16LE name padded to 64 bytes, then
 * the name's byte length including the terminating NUL. Matching name and length at such an offset
 * cannot be fooled by the same text inside a cell.
 */
final class OleDirectory {
    private static final int HEADER = 512;
    private static final int ENTRY = 128;

    private OleDirectory() {}

    static boolean hasEntry(byte[] b, String name) {
        byte[] utf16 = name.getBytes(StandardCharsets.UTF_16LE);
        int lengthField = utf16.length + 2;
        for (int at = HEADER; at + ENTRY <= b.length; at += ENTRY) {
            if (FileSniffer.startsWith(b, utf16, at)
                    && b[at + utf16.length] == 0 && b[at + utf16.length + 1] == 0
                    && (b[at + 64] & 0xFF | (b[at + 65] & 0xFF) << 8) == lengthField) {
                return true;
            }
        }
        return false;
    }
}
