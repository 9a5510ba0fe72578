package goalbook.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccessFileTest {
    static final Set<String> REGIONS = Set.of("nord", "mitt", "syd");
    static final String RULES = """
            controller: { roles: [Goalbook.Controller] }
            board: { groups: [board-group] }
            regions:
              nord: { roles: [Goalbook.Region.Nord] }
              mitt: { roles: [Goalbook.Region.Mitt], groups: [mitt-group] }
            """;

    @TempDir
    Path dir;

    static Person person(List<String> roles, List<String> groups) {
        return new Person("oid-1", "Anna Berg", "anna.berg@almi.se", roles, groups);
    }

    AccessFile file(String yaml) throws Exception {
        Path f = dir.resolve("access.yaml");
        Files.writeString(f, yaml);
        return new AccessFile(f, REGIONS);
    }

    @Test
    void appRole_mapsToTheController_namedByPersonNotToken() throws Exception {
        Principal p = file(RULES).principalFor(person(List.of("Goalbook.Controller"), List.of())).orElseThrow();
        assertEquals(Role.CONTROLLER, p.role());
        assertEquals("Anna Berg <anna.berg@almi.se> [oid-1]", p.name());
    }

    @Test
    void groupId_mapsToTheBoard() throws Exception {
        assertEquals(Role.BOARD, file(RULES).principalFor(person(List.of(), List.of("board-group"))).orElseThrow().role());
    }

    @Test
    void personServingTwoRegions_actsForBoth_andNoOther() throws Exception {
        Principal p = file(RULES).principalFor(person(List.of("Goalbook.Region.Nord"), List.of("mitt-group"))).orElseThrow();
        assertEquals(Role.REGION, p.role());
        assertEquals(Set.of("nord", "mitt"), p.regions());
        assertEquals("mitt", p.region(), "the first in alphabetical order opens the page");
        assertTrue(p.mayActFor("nord") && p.mayActFor("mitt"));
        assertTrue(!p.mayActFor("syd"));
    }

    @Test
    void controllerOutranksRegion_regionOutranksBoard() throws Exception {
        AccessFile f = file(RULES);
        assertEquals(Role.CONTROLLER, f.principalFor(person(List.of("Goalbook.Controller", "Goalbook.Region.Nord"), List.of())).orElseThrow().role());
        assertEquals(Role.REGION, f.principalFor(person(List.of("Goalbook.Region.Nord"), List.of("board-group"))).orElseThrow().role());
    }

    @Test
    void personMappingToNothing_getsNothing() throws Exception {
        assertEquals(Optional.empty(), file(RULES).principalFor(person(List.of("Other.App.Role"), List.of("other-group"))));
    }

    @Test
    void change_takesEffectWithoutRestart_andABrokenEditKeepsTheRulesBefore() throws Exception {
        AccessFile f = file(RULES);
        Person anna = person(List.of("Goalbook.Region.Nord"), List.of());
        assertEquals(Set.of("nord"), f.principalFor(anna).orElseThrow().regions());

        Path path = dir.resolve("access.yaml");
        Files.writeString(path, RULES.replace("nord: { roles: [Goalbook.Region.Nord] }", "syd: { roles: [Goalbook.Region.Nord] }"));
        Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));
        assertEquals(Set.of("syd"), f.principalFor(anna).orElseThrow().regions(), "re-read on the new modification time");

        Files.writeString(path, "controller: [not: valid");
        Files.setLastModifiedTime(path, FileTime.from(Instant.parse("2030-01-02T00:00:00Z")));
        assertEquals(Set.of("syd"), f.principalFor(anna).orElseThrow().regions(), "a half-saved edit does not lock everyone out");
    }

    @Test
    void unknownRegionOrKey_failsAtStart() {
        assertThrows(IllegalArgumentException.class, () -> file("regions:\n  norr: { roles: [X] }\n"));
        assertThrows(Exception.class, () -> file("controler: { roles: [X] }\n"));
    }

    @Test
    void tokenPrincipals_keepOneRegion() {
        Principal p = new Principal(Role.REGION, "nord", "demo-nord");
        assertEquals(Set.of("nord"), p.regions());
        assertEquals(Set.of(), new Principal(Role.CONTROLLER, null, "demo-controller").regions());
        assertThrows(IllegalArgumentException.class, () -> new Principal(Role.REGION, "nord", "x", "x", Set.of("mitt")));
    }
}
