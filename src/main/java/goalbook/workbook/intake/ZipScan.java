package goalbook.workbook.intake;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.SequenceInputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * One pass over a zip's entries as POI would stream them, e.g. a 5 KiB entry that inflates past
 * 100 × its size is refused as {@code zip_bomb} while it is being inflated. Sizes are counted, never
 * taken from headers; every part that is XML by its bytes, whatever its name, goes through {@link XmlCheck}
 * and is counted by {@link PartBounds}. What the pass learns (names, content types, namespaces) is kept for
 * {@link PartRules}, and the few parts a report reads (workbook, sheets, shared strings, relationships,
 * custom properties: told by their root element) are kept inflated for {@link StreamingReader}.
 */
final class ZipScan {
    /** Small parts may compress extremely well (an empty sheet); POI's ZipSecureFile uses the same grace. */
    static final long GRACE_ENTRY_SIZE = 100 * 1024;
    /** ZipInputStream reads ahead at most this much, so a live ratio is measured against a little more. */
    private static final int READ_AHEAD = 512;

    private final UploadLimits limits;
    private final PartBounds bounds;
    final Set<String> names = new HashSet<>();
    /** Parts parsed as XML. */
    final Set<String> xmlParts = new HashSet<>();
    /** From {@code [Content_Types].xml}: part name → type, extension → type (lower case). */
    final Map<String, String> overrides = new HashMap<>();
    final Map<String, String> defaults = new HashMap<>();
    /** Inflated bytes of the parts a report reads, by normalised name. */
    final Map<String, byte[]> kept = new HashMap<>();
    private final ByteArrayOutputStream recorded = new ByteArrayOutputStream(64 * 1024);
    final Set<String> contentTypes = new HashSet<>();
    final Set<String> rootNamespaces = new HashSet<>();
    /** The first relationship target outside the workbook that is not allowed ({@link ExternalTargets}). */
    String externalTarget;
    boolean hasContentTypesPart;
    String mimetype;
    private int entries;
    /** A content bound passed, thrown once its entry has been checked against the zip limits. */
    private WorkbookRefusedException pending;
    private long totalInflated;

    ZipScan(UploadLimits limits, ContentLimits content) {
        this.limits = limits;
        this.bounds = new PartBounds(content);
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
                if (pending != null) {
                    throw pending;
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
        } else {
            byte[] head = in.readNBytes(HEAD);
            if (XmlSniff.looksLikeXml(head)) {
                scanXml(new SequenceInputStream(new ByteArrayInputStream(head), in), name, in);
            }
        }
        drain(in);
    }

    private void scanXml(InputStream xml, String name, Entry in) throws IOException {
        boolean types = name.equals("[content_types].xml");
        hasContentTypesPart |= types;
        recorded.reset();
        Recorder recorder = new Recorder(xml);
        bounds.startPart(name);
        XmlCheck.Facts facts;
        try {
            facts = XmlCheck.scan(recorder, limits.maxXmlDepth(), types, bounds,
                    (ns, root) -> recorder.recording = KeptPart.wanted(ns, root), () -> in.refusal);
        } catch (WorkbookRefusedException e) {
            if (e != bounds.refused) {
                throw e;
            }
            // Too much content; but if the entry is a zip bomb, that is the answer, found while it inflates.
            drain(in);
            pending = e;
            return;
        }
        xmlParts.add(name);
        rootNamespaces.add(facts.rootNamespace());
        if (externalTarget == null) {
            externalTarget = facts.externalTarget();
        }
        facts.contentTypes().forEach(t -> contentTypes.add(t.toLowerCase(Locale.ROOT)));
        if (types) {
            overrides.putAll(facts.overrides());
            defaults.putAll(facts.defaults());
        }
        if (recorder.recording) {
            kept.put(name, recorded.toByteArray());
        }
    }

    /** Enough to tell XML from a binary part even after a byte-order mark and some white space. */
    private static final int HEAD = 512;

    /** Copies what the parser reads while the part may be one a report needs. */
    private final class Recorder extends FilterInputStream {
        boolean recording = true;

        Recorder(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0 && recording) {
                recorded.write(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0 && recording) {
                recorded.write(b, off, n);
            }
            return n;
        }
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

    /** One for the whole scan: a buffer per entry was a quarter of the heap a report's read allocated. */
    private final byte[] drained = new byte[8192];

    private void drain(InputStream in) throws IOException {
        while (in.read(drained) >= 0) {
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
