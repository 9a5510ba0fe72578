package goalbook.access;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may do what, as data ({@code GOALBOOK_ACCESS_FILE}): app roles or group ids from the token
 * mapped to CONTROLLER, BOARD or a region, e.g.
 * <pre>
 * controller: { roles: [Goalbook.Controller] }
 * board:      { groups: [5b0c2f1e-…] }
 * regions:
 *   nord: { roles: [Goalbook.Region.Nord] }
 *   mitt: { roles: [Goalbook.Region.Mitt], groups: [9a41…] }
 * </pre>
 * The controller outranks a region, a region outranks the board; a person with several regions acts
 * for all of them. The file is re-read when its modification time changes (one stat per request), so
 * a change takes effect without a restart; a broken edit is logged and the previous rules stay.
 */
public final class AccessFile {
    private static final Logger LOG = LoggerFactory.getLogger(AccessFile.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    record Grant(List<String> roles, List<String> groups) {
        Grant {
            roles = roles == null ? List.of() : List.copyOf(roles);
            groups = groups == null ? List.of() : List.copyOf(groups);
        }

        static final Grant NONE = new Grant(List.of(), List.of());

        boolean covers(Person p) {
            return p.roles().stream().anyMatch(roles::contains) || p.groups().stream().anyMatch(groups::contains);
        }
    }

    record Rules(Grant controller, Grant board, Map<String, Grant> regions) {
        Rules {
            controller = controller == null ? Grant.NONE : controller;
            board = board == null ? Grant.NONE : board;
            regions = regions == null ? Map.of() : new LinkedHashMap<>(regions);
        }
    }

    private final Path file;
    private final Set<String> knownRegions;
    private FileTime loadedAt;
    private Rules rules;

    /** @param knownRegions region ids the file may name; a typo fails loudly instead of granting nothing */
    public AccessFile(Path file, Set<String> knownRegions) {
        this.file = file;
        this.knownRegions = Set.copyOf(knownRegions);
        try {
            this.loadedAt = Files.getLastModifiedTime(file);
            this.rules = parse(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read access file " + file, e);
        }
    }

    /** The principal this person may act as, or empty when the file grants them nothing. */
    public Optional<Principal> principalFor(Person person) {
        Rules r = current();
        String name = person.label();
        if (r.controller().covers(person)) {
            return Optional.of(new Principal(Role.CONTROLLER, null, person.subject(), name));
        }
        Set<String> regions = new TreeSet<>();
        r.regions().forEach((region, grant) -> {
            if (grant.covers(person)) {
                regions.add(region);
            }
        });
        if (!regions.isEmpty()) {
            return Optional.of(Principal.forRegions(regions, person.subject(), name));
        }
        if (r.board().covers(person)) {
            return Optional.of(new Principal(Role.BOARD, null, person.subject(), name));
        }
        return Optional.empty();
    }

    private synchronized Rules current() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(loadedAt)) {
                loadedAt = modified;
                rules = parse(Files.readString(file));
                LOG.info("Access file {} reloaded", file);
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Access file {} cannot be read ({}); keeping the rules loaded before", file, e.toString());
        }
        return rules;
    }

    Rules parse(String yaml) throws IOException {
        Rules r = YAML.readValue(yaml, Rules.class);
        if (r == null) {
            throw new IllegalArgumentException("access file " + file + " is empty");
        }
        for (String region : r.regions().keySet()) {
            if (!knownRegions.contains(region)) {
                throw new IllegalArgumentException("access file " + file + " names unknown region '" + region + "'; known: " + new TreeSet<>(knownRegions));
            }
        }
        return r;
    }
}
