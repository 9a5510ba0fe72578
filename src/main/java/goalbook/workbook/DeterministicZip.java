package goalbook.workbook;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.LocalDateTime;

/**
 * Makes a workbook's bytes depend on its content only: POI stamps each zip entry with the time of
 * writing, {@link #stamp} sets them all to a time of the content's own (e.g. the quarter's first day).
 */
public final class DeterministicZip {

    private DeterministicZip() {}

    private static final int LOCAL = 0x04034b50;
    private static final int CENTRAL = 0x02014b50;
    private static final int END = 0x06054b50;

    /**
     * Sets the DOS time of every entry, in the central directory and each local header, without
     * inflating anything; a zip whose directory cannot be walked is left as it is (the stamp is
     * cosmetic, never a reason to fail a download).
     */
    public static byte[] stamp(byte[] zip, LocalDateTime time) {
        ByteBuffer b = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        int end = endOfDirectory(b);
        if (end < 0) {
            return zip;
        }
        int count = Short.toUnsignedInt(b.getShort(end + 10));
        int at = b.getInt(end + 16);
        short dosTime = (short) (time.getHour() << 11 | time.getMinute() << 5 | time.getSecond() / 2);
        short dosDate = (short) ((time.getYear() - 1980) << 9 | time.getMonthValue() << 5 | time.getDayOfMonth());
        for (int i = 0; i < count; i++) {
            if (at < 0 || at + 46 > zip.length || b.getInt(at) != CENTRAL) {
                return zip;
            }
            int local = b.getInt(at + 42);
            if (local < 0 || local + 30 > zip.length || b.getInt(local) != LOCAL) {
                return zip;
            }
            b.putShort(at + 12, dosTime).putShort(at + 14, dosDate);
            b.putShort(local + 10, dosTime).putShort(local + 12, dosDate);
            at += 46 + Short.toUnsignedInt(b.getShort(at + 28)) + Short.toUnsignedInt(b.getShort(at + 30))
                    + Short.toUnsignedInt(b.getShort(at + 32));
        }
        return zip;
    }

    /** The end-of-central-directory record, searched from the end past a comment of up to 64 KiB; -1 when absent. */
    private static int endOfDirectory(ByteBuffer b) {
        int last = b.capacity() - 22;
        for (int at = last; at >= 0 && at >= last - 65_535; at--) {
            if (b.getInt(at) == END) {
                return at;
            }
        }
        return -1;
    }
}
