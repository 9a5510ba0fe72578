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

    @Test
    void issue_twoTokensWithTheSameLabel_getDifferentStableIds(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        TokensFile.Issued a = TokensFile.issueWithId(file, Role.REGION, "nord", "Almi Nord");
        TokensFile.Issued b = TokensFile.issueWithId(file, Role.REGION, "nord", "Almi Nord");
        assertTrue(a.id().matches("tok_[0-9a-f]{16}"), a.id());
        assertFalse(a.id().equals(b.id()), "unique ids");
        TokensFile registry = new TokensFile(file);
        assertEquals(a.id(), registry.principalFor(a.token()).orElseThrow().id());
        assertEquals(b.id(), registry.principalFor(b.token()).orElseThrow().id());
        assertEquals("Almi Nord", registry.principalFor(b.token()).orElseThrow().name());
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        assertEquals(a.id(), registry.principalFor(a.token()).orElseThrow().id(), "the same id after a reload");
    }

    @Test
    void lineWithoutId_fromBeforeIds_keepsWorkingWithAnIdDerivedFromItsHash(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        String hash = TokenRegistry.sha256("gb_an-old-token");
        Files.writeString(file, hash + " REGION nord # Almi Nord\n" + TokenRegistry.sha256("gb_old-controller") + " CONTROLLER\n");
        Principal p = new TokensFile(file).principalFor("gb_an-old-token").orElseThrow();
        assertEquals("nord", p.region());
        assertEquals("Almi Nord", p.name());
        assertEquals("h-" + TokenRegistry.sha256(hash).substring(0, 16), p.id());
        assertEquals(p.id(), new TokensFile(file).principalFor("gb_an-old-token").orElseThrow().id(), "stable across restarts");
        assertTrue(new TokensFile(file).principalFor("gb_old-controller").orElseThrow().id().startsWith("h-"));
        TokensFile.Issued added = TokensFile.issueWithId(file, Role.BOARD, null, "board");
        assertEquals(p.id(), new TokensFile(file).principalFor("gb_an-old-token").orElseThrow().id(), "issuing beside old lines changes nothing");
        assertEquals(Role.BOARD, new TokensFile(file).principalFor(added.token()).orElseThrow().role());
    }

    @Test
    void twoLinesWithTheSameId_areRefused(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, TokenRegistry.sha256("a") + " REGION nord id=tok_1 # a\n" + TokenRegistry.sha256("b") + " REGION mitt id=tok_1 # b\n");
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TokensFile(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void regionLineWithId_readsRegionAndIdInEitherOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, TokenRegistry.sha256("a") + " REGION id=tok_a nord # A\n" + TokenRegistry.sha256("b") + " REGION mitt id=tok_b\n");
        TokensFile registry = new TokensFile(file);
        assertEquals(new Principal(Role.REGION, "nord", "tok_a", "A"), registry.principalFor("a").orElseThrow());
        assertEquals(new Principal(Role.REGION, "mitt", "tok_b", "region"), registry.principalFor("b").orElseThrow());
    }

    @Test
    void malformedLineAfterStart_keepsTheLastGoodTokensUntilTheFileIsFixed(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        String controller = TokensFile.issue(file, Role.CONTROLLER, null, "controller");
        TokensFile registry = new TokensFile(file);
        String good = Files.readString(file);
        Files.writeString(file, good + "not-a-hash CONTROLLER\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(1)));
        assertTrue(registry.principalFor(controller).isPresent(), "the last good tokens keep working");
        assertTrue(registry.principalFor("not-a-hash").isEmpty());
        assertTrue(registry.problem().orElseThrow().contains("line 2"), "the malformed line is named");

        String added = TokenRegistry.sha256("gb_added");
        Files.writeString(file, good + added + " BOARD id=tok_added # board\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(2)));
        assertEquals(Role.BOARD, registry.principalFor("gb_added").orElseThrow().role(), "the fixed file is read");
        assertTrue(registry.problem().isEmpty(), "and the problem is gone");
    }

    @Test
    void unknownRoleOrRegionLineWithoutRegion_isRefusedNamingTheLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("tokens.txt");
        Files.writeString(file, TokenRegistry.sha256("a") + " BOSS # a\n");
        IllegalArgumentException role = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TokensFile(file));
        assertTrue(role.getMessage().contains("line 1") && role.getMessage().contains("BOSS"), role.getMessage());
        Files.writeString(file, "\n" + TokenRegistry.sha256("a") + " REGION id=tok_a # a\n");
        IllegalArgumentException region = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> new TokensFile(file));
        assertTrue(region.getMessage().contains("line 2"), region.getMessage());
    }

    @Test
    void aMissingFileAtStart_isAnError(@TempDir Path dir) {
        org.junit.jupiter.api.Assertions.assertThrows(java.io.UncheckedIOException.class, () -> new TokensFile(dir.resolve("none.txt")));
    }
}
