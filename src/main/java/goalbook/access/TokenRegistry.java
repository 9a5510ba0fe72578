package goalbook.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves a bearer token to a principal by the token's SHA-256, so only hashes are ever held.
 * Looking up a hash leaks nothing about the token through timing, unlike comparing tokens.
 */
public interface TokenRegistry {

    Optional<Principal> principalFor(String token);

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A fixed registry of hashes, e.g. for demo mode. */
    static TokenRegistry of(Map<String, Principal> byHash) {
        Map<String, Principal> copy = Map.copyOf(byHash);
        return token -> token == null || token.isEmpty() ? Optional.empty() : Optional.ofNullable(copy.get(sha256(token)));
    }
}
