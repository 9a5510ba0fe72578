package goalbook.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokensFileTest {

    @Test
    void issue_storesOnlyTheHashAndResolvesTheRole(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        String token = TokensFile.issue(file, Role.REGION, "nord", "Almi Nord");
        assertTrue(token.length() >= 40, "high-entropy token");
        assertFalse(Files.readString(file).contains(token), "the file never holds the token itself");
        Principal p = new TokensFile(file).principalFor(token).orElseThrow();
        assertEquals(Role.REGION, p.role());
        assertEquals("nord", p.region());
        assertEquals("Almi Nord", p.name());
    }

    @Test
    void revoke_deletingTheLineTakesEffectWithoutRestart(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        String keep = TokensFile.issue(file, Role.CONTROLLER, null, "controller");
        String revoke = TokensFile.issue(file, Role.BOARD, null, "board");
        TokensFile registry = new TokensFile(file);
        assertTrue(registry.principalFor(revoke).isPresent());
        Files.writeString(file, Files.readAllLines(file).get(0) + System.lineSeparator());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        assertTrue(registry.principalFor(revoke).isEmpty(), "revoked at once");
        assertTrue(registry.principalFor(keep).isPresent());
    }

    @Test
    void principalFor_unknownOrEmptyToken_isEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        TokensFile.issue(file, Role.CONTROLLER, null, "controller");
        TokensFile registry = new TokensFile(file);
        assertTrue(registry.principalFor("demo-controller").isEmpty());
        assertTrue(registry.principalFor("").isEmpty());
        assertTrue(registry.principalFor(null).isEmpty());
    }
}
