package goalbook;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The shape of the concurrency tests: client {@code i} of 16 uploads for {@link #regionOf(int)} (half
 * of them for {@code nord}, the rest one region each), every upload a distinct workbook made by
 * changing one input, e.g. {@code distinct(template, 3, 2)} sets {@code unika_kunder = 300_102}.
 */
final class ConcurrentLoad {
    static final String PERIOD = "2024-Q2";
    static final List<String> OTHER_REGIONS = List.of("mitt", "gavle-dala", "uppsala", "stockholm-sormland", "malardalen",
            "varmland", "ostergotland", "vast");

    private ConcurrentLoad() {}

    /**
     * Intake room for every client at once (8 share nord's token) and budget room for hundreds of
     * versions of one region: these loads test what is stored, not the intake bounds or the budgets,
     * which {@code IntakeHttpTest}, {@code IntakeIT} and {@code QuarterBudgetsTest} test.
     */
    static final java.util.Map<String, String> ROOM_FOR_ALL = java.util.Map.of("GOALBOOK_UPLOADS_PER_CALLER", "16",
            "GOALBOOK_UPLOADS_TOTAL", "32", "GOALBOOK_VERSIONS_PER_QUARTER", "10000", "GOALBOOK_STORED_MB_PER_QUARTER", "10000");

    /** Clients 0–7 share {@code nord}; clients 8–15 each have a region of their own. */
    static String regionOf(int client) {
        return client < 8 ? "nord" : OTHER_REGIONS.get((client - 8) % OTHER_REGIONS.size());
    }

    static String base(String region) {
        return "/api/periods/" + PERIOD + "/regions/" + region;
    }

    /** The filled template with one input changed, unique per client and upload. */
    static byte[] distinct(byte[] template, int client, int upload) {
        Map<String, Object> values = new HashMap<>(FilledTemplates.B_Q2_MET);
        values.put("unika_kunder", 100_000 * (client + 1) + 100 + upload);
        return FilledTemplates.fill(template, values);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One 201 answer: the version the server acknowledged and the SHA-256 it reported for the bytes. */
    record Ack(String region, int version, String sha256) {}
}
