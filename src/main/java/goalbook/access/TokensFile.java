package goalbook.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tokens kept as hashes in a text file, one per line: {@code <sha256 hex> <ROLE> [<region>] [id=<id>] [# label]}.
 * The id is the token's identity (audit log, Idempotency-Keys); the label is for display only. A line
 * written before ids existed has none: its id is derived from its hash, {@code h-} and the first 16 hex
 * digits of SHA-256 of the hash's hex text, so it stays the same for as long as the line does. The file
 * is re-read when it changes, so a revoked token (a deleted line) stops working at once, without a restart.
 * A file that cannot be read at start stops the server; a change that breaks it later is logged and
 * leaves the last good tokens in use, so one typo does not lock every office out.
 */
public final class TokensFile implements TokenRegistry {

    private static final String ID_FORMAT = "[A-Za-z0-9._-]{1,64}";

    private static final Logger LOG = LoggerFactory.getLogger(TokensFile.class);

    private final Path file;
    private volatile FileTime loadedAt;
    private volatile TokenRegistry current;
    private volatile String problem;

    public TokensFile(Path file) {
        this.file = file;
        reloadIfChanged();
    }

    @Override
    public Optional<Principal> principalFor(String token) {
        reloadIfChanged();
        return current.principalFor(token);
    }

    /** Why the file's latest change is not in use, if it is not. */
    Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private synchronized void reloadIfChanged() {
        FileTime modified;
        Map<String, Principal> parsed;
        try {
            modified = Files.getLastModifiedTime(file);
            if (modified.equals(loadedAt)) {
                return;
            }
            parsed = parse(Files.readAllLines(file));
        } catch (IOException | IllegalArgumentException e) {
            if (current == null) {
                throw e instanceof IOException io ? new UncheckedIOException("cannot read tokens file " + file, io) : (IllegalArgumentException) e;
            }
            keepLastGood(e);
            return;
        }
        current = TokenRegistry.of(parsed);
        loadedAt = modified;
        problem = null;
    }

    private void keepLastGood(Exception e) {
        String why = e instanceof IOException ? "cannot read " + file + ": " + e : e.getMessage();
        if (!why.equals(problem)) {
            LOG.error("tokens file not reloaded, the last good tokens stay in use: {}", why);
        }
        problem = why;
    }

    /** The principals by token hash; refuses a malformed line and two lines with the same id. */
    static Map<String, Principal> parse(List<String> lines) {
        Map<String, Principal> byHash = new HashMap<>();
        Set<String> ids = new HashSet<>();
        int n = 0;
        for (String raw : lines) {
            n++;
            String line = raw.contains("#") ? raw.substring(0, raw.indexOf('#')).trim() : raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (!f[0].matches("[0-9a-f]{64}") || f.length < 2) {
                throw new IllegalArgumentException("tokens file line " + n + ": expected '<sha256 hex> <ROLE> [region] [id=<id>]'");
            }
            Role role = role(f[1], n);
            String region = null;
            String id = null;
            for (int i = 2; i < f.length; i++) {
                if (f[i].startsWith("id=")) {
                    id = f[i].substring(3);
                    if (!id.matches(ID_FORMAT)) {
                        throw new IllegalArgumentException("tokens file line " + n + ": an id is 1 to 64 of A-Z a-z 0-9 . _ -, got '" + id + "'");
                    }
                } else if (role == Role.REGION && region == null) {
                    region = f[i];
                }
            }
            if (role == Role.REGION && region == null) {
                throw new IllegalArgumentException("tokens file line " + n + ": a REGION token names its region");
            }
            id = id == null ? derivedId(f[0]) : id;
            if (!ids.add(id)) {
                throw new IllegalArgumentException("tokens file line " + n + ": id " + id + " is used by an earlier line; ids must be unique");
            }
            String label = raw.contains("#") ? raw.substring(raw.indexOf('#') + 1).trim() : role.name().toLowerCase();
            byHash.put(f[0], new Principal(role, region, id, label));
        }
        return byHash;
    }

    private static Role role(String name, int line) {
        try {
            return Role.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("tokens file line " + line + ": unknown role '" + name + "', expected one of "
                    + java.util.Arrays.toString(Role.values()));
        }
    }

    /** The id of a line without one, e.g. {@code h-9f86d081884c7d65}: from its hash, so stable across reloads and restarts. */
    static String derivedId(String hashHex) {
        return "h-" + TokenRegistry.sha256(hashHex).substring(0, 16);
    }

    /** A token just issued, with the id it is known by from now on. */
    public record Issued(String token, String id) {}

    /** Appends a new random token for {@code role}/{@code region} and returns it; only its hash is stored. */
    public static String issue(Path file, Role role, String region, String label) throws IOException {
        return issueWithId(file, role, region, label).token();
    }

    /** Like {@link #issue}, and tells the new token's id: {@code tok_} and 16 random hex digits, unique in the file. */
    public static synchronized Issued issueWithId(Path file, Role role, String region, String label) throws IOException {
        Set<String> taken = new HashSet<>();
        if (Files.exists(file)) {
            parse(Files.readAllLines(file)).values().forEach(p -> taken.add(p.id()));
        }
        SecureRandom random = new SecureRandom();
        String id;
        do {
            byte[] b = new byte[8];
            random.nextBytes(b);
            id = "tok_" + HexFormat.of().formatHex(b);
        } while (taken.contains(id));
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = "gb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        String line = TokenRegistry.sha256(token) + " " + role + (region == null ? "" : " " + region) + " id=" + id
                + " # " + label.replaceAll("[\\r\\n]", " ") + System.lineSeparator();
        Files.writeString(file, line, java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        return new Issued(token, id);
    }
}
