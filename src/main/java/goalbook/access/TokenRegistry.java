package goalbook.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a bearer token to a principal by the token's SHA-256, so only hashes are ever held; the
 * presented hash is compared with every known one in constant time, so timing tells nothing.
 */
public interface TokenRegistry {

    Optional<Principal> principalFor(String token);

    static String sha256(String token) {
        return HexFormat.of().formatHex(digest(token));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixed registry of hashes (hex), e.g. for demo mode. */
    static TokenRegistry of(Map<String, Principal> byHash) {
        java.util.List<Map.Entry<byte[], Principal>> known = byHash.entrySet().stream()
                .map(e -> Map.entry(HexFormat.of().parseHex(e.getKey()), e.getValue())).toList();
        return token -> {
            if (token == null || token.isEmpty()) {
                return Optional.empty();
            }
            byte[] presented = digest(token);
            Principal match = null;
            for (Map.Entry<byte[], Principal> k : known) {
                // no early exit: every known hash is compared, each in constant time
                if (MessageDigest.isEqual(k.getKey(), presented)) {
                    match = k.getValue();
                }
            }
            return Optional.ofNullable(match);
        };
    }
}
