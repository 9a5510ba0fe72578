package goalbook.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Tokens kept as hashes in a text file, one per line: {@code <sha256 hex> <ROLE> [<region>] [# label]}.
 * The file is re-read when it changes, so a revoked token (a deleted line) stops working at once,
 * without a restart.
 */
public final class TokensFile implements TokenRegistry {

    private final Path file;
    private volatile FileTime loadedAt;
    private volatile TokenRegistry current;

    public TokensFile(Path file) {
        this.file = file;
        reloadIfChanged();
    }

    @Override
    public Optional<Principal> principalFor(String token) {
        reloadIfChanged();
        return current.principalFor(token);
    }

    private synchronized void reloadIfChanged() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedAt)) {
                return;
            }
            current = TokenRegistry.of(parse(Files.readAllLines(file)));
            loadedAt = modified;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read tokens file " + file, e);
        }
    }

    static Map<String, Principal> parse(java.util.List<String> lines) {
        Map<String, Principal> byHash = new HashMap<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).trim() : raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (!f[0].matches("[0-9a-f]{64}") || f.length < 2) {
                throw new IllegalArgumentException("tokens file line " + n + ": expected '<sha256 hex> <ROLE> [region]'");
            }
            Role role = Role.valueOf(f[1]);
            String label = raw.contains("#") ? raw.substring(raw.indexOf('#') + 1).trim() : role.name().toLowerCase();
            byHash.put(f[0], new Principal(role, role == Role.REGION && f.length > 2 ? f[2] : null, label));
        }
        return byHash;
    }

    /** Appends a new random token for {@code role}/{@code region} and returns it; only its hash is stored. */
    public static String issue(Path file, Role role, String region, String label) throws IOException {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String token = "gb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String line = TokenRegistry.sha256(token) + " " + role + (region == null ? "" : " " + region) + " # " + label + System.lineSeparator();
        Files.writeString(file, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return token;
    }
}
