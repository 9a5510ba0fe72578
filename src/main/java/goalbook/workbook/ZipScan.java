package goalbook.workbook;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One pass over a zip's entries as POI would stream them, e.g. a 5 KiB entry that inflates past
 * 100 × its size is refused as {@code zip_bomb} while it is being inflated. Sizes are counted, never
 * taken from headers; every .xml/.rels part goes through {@link XmlCheck}. What the pass learns (names,
 * content types, namespaces) is kept for {@link PartRules}.
 */
final class ZipScan {
    /** Small parts may compress extremely well (an empty sheet); POI's ZipSecureFile uses the same grace. */
    static final long GRACE_ENTRY_SIZE = 100 * 1024;
    /** ZipInputStream reads ahead at most this much, so a live ratio is measured against a little more. */
    private static final int READ_AHEAD = 512;

    private final UploadLimits limits;
    final Set<String> names = new HashSet<>();
    final Set<String> contentTypes = new HashSet<>();
    final Set<String> rootNamespaces = new HashSet<>();
    boolean hasContentTypesPart;
    String mimetype;
    private int entries;
    private long totalInflated;

    ZipScan(UploadLimits limits) {
        this.limits = limits;
    }

    void run(byte[] bytes) {
        Counting raw = new Counting(new ByteArrayInputStream(bytes));
        try (ZipInputStream zip = new ZipInputStream(raw)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw Refusal.TOO_MANY_ENTRIES.exception(limits.maxEntries());
                }
                String name = normalise(entry.getName());
                if (!names.add(name)) {
                    throw Refusal.DUPLICATE_ENTRY.exception(entry.getName());
                }
                Entry in = new Entry(zip, raw);
                scanEntry(in, name, entry.isDirectory());
                long compressed = entry.getCompressedSize();
                if (compressed >= 0) {
                    in.checkRatio(compressed);
                }
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof WorkbookRefusedException refused) {
                throw refused;
            }
            if (e instanceof LimitPassed passed) {
                throw passed.refusal;
            }
            throw Refusal.CORRUPT.exception();
        }
        if (totalInflated > GRACE_ENTRY_SIZE && totalInflated > limits.maxInflateRatio() * bytes.length) {
            throw Refusal.ZIP_BOMB.exception(ratioText());
        }
    }

    private void scanEntry(Entry in, String name, boolean directory) throws IOException {
        if (directory) {
            drain(in);
            return;
        }
        if (name.equals("mimetype")) {
            byte[] head = in.readNBytes(200);
            mimetype = new String(head, StandardCharsets.US_ASCII).strip();
        } else if (name.endsWith(".xml") || name.endsWith(".rels")) {
            boolean types = name.equals("[content_types].xml");
            hasContentTypesPart |= types;
            XmlCheck.Facts facts = XmlCheck.scan(in, limits.maxXmlDepth(), types, () -> in.refusal);
            rootNamespaces.add(facts.rootNamespace());
            facts.contentTypes().forEach(t -> contentTypes.add(t.toLowerCase(Locale.ROOT)));
        }
        drain(in);
    }

    /** Part names compare case-insensitively in OPC, and some writers add a leading slash. */
    static String normalise(String name) {
        String n = name.replace('\\', '/');
        while (n.startsWith("/")) {
            n = n.substring(1);
        }
        return n.toLowerCase(Locale.ROOT);
    }

    private String ratioText() {
        return limits.maxInflateRatio() == Math.rint(limits.maxInflateRatio())
                ? Long.toString((long) limits.maxInflateRatio()) : Double.toString(limits.maxInflateRatio());
    }

    private static void drain(InputStream in) throws IOException {
        byte[] buf = new byte[8192];
        while (in.read(buf) >= 0) {
            // Entry counts every byte and stops at the first limit passed
        }
    }

    /** Carries a refusal through parsers that only let IOExceptions out. */
    static final class LimitPassed extends IOException {
        final transient WorkbookRefusedException refusal;

        LimitPassed(WorkbookRefusedException refusal) {
            super(refusal.getMessage());
            this.refusal = refusal;
        }
    }

    /** Counts bytes taken from the upload itself. */
    static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }

    /** One entry's inflated bytes, counted against the limits as they come; never closes the zip. */
    final class Entry extends InputStream {
        private final ZipInputStream zip;
        private final Counting raw;
        private final long rawStart;
        private long inflated;
        WorkbookRefusedException refusal;

        Entry(ZipInputStream zip, Counting raw) {
            this.zip = zip;
            this.raw = raw;
            this.rawStart = raw.count;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (refusal != null) {
                throw new LimitPassed(refusal);
            }
            int n = zip.read(b, off, len);
            if (n > 0) {
                inflated += n;
                totalInflated += n;
                if (totalInflated > limits.maxUncompressedBytes()) {
                    refusal = Refusal.UNCOMPRESSED_TOO_LARGE.exception(limits.maxUncompressedBytes() >> 20);
                } else if (inflated > GRACE_ENTRY_SIZE
                        && inflated > limits.maxInflateRatio() * (raw.count - rawStart + READ_AHEAD)) {
                    refusal = Refusal.ZIP_BOMB.exception(ratioText());
                }
                if (refusal != null) {
                    throw new LimitPassed(refusal);
                }
            }
            return n;
        }

        void checkRatio(long compressed) {
            if (inflated > GRACE_ENTRY_SIZE && inflated > limits.maxInflateRatio() * Math.max(1, compressed)) {
                throw Refusal.ZIP_BOMB.exception(ratioText());
            }
        }

        @Override
        public void close() {
            // the zip stream is closed by ZipScan
        }
    }
}
