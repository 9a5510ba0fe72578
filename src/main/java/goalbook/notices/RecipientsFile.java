package goalbook.notices;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recipients file ({@code GOALBOOK_NOTICES_FILE}), re-read when it changes; a file that does not
 * read keeps the last good recipients and is logged with the reason, so a typo stops no notice. E.g.
 * <pre>
 * controller:
 *   email: [controller@almi.se]
 * board:
 *   email: [styrelsen@almi.se]
 * regions:
 *   nord:
 *     email: [nord@almi.se]
 *     webhooks:
 *       - url: https://prod-00.westeurope.logic.azure.com/workflows/…
 *         format: teams
 * </pre>
 */
final class RecipientsFile {
    private static final Logger LOG = LoggerFactory.getLogger(RecipientsFile.class);
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Path file;
    private final Set<String> regionIds;
    private FileTime readAt;
    private Recipients current = Recipients.NOBODY;

    RecipientsFile(Path file, Set<String> regionIds) {
        this.file = file;
        this.regionIds = Set.copyOf(regionIds);
        current();
    }

    /** The recipients as the file says now, or as it last said when it does not read. */
    synchronized Recipients current() {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(readAt)) {
                readAt = modified;
                current = parse(YAML.readTree(file.toFile()), regionIds);
                LOG.info("Notices: recipients read from {}", file);
            }
        } catch (IOException | IllegalArgumentException e) {
            LOG.error("Notices: {} does not read, the last good recipients stay in use: {}", file, e.getMessage());
        }
        return current;
    }

    static Recipients parse(JsonNode root, Set<String> regionIds) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("the recipients file must be a mapping with controller, board and regions");
        }
        Map<String, Recipients.Addresses> regions = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.path("regions").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!regionIds.contains(e.getKey())) {
                throw new IllegalArgumentException("regions." + e.getKey() + ": no such region (known: " + new java.util.TreeSet<>(regionIds) + ")");
            }
            regions.put(e.getKey(), addresses(e.getValue(), "regions." + e.getKey()));
        }
        return new Recipients(addresses(root.path("controller"), "controller"), addresses(root.path("board"), "board"), Map.copyOf(regions));
    }

    private static Recipients.Addresses addresses(JsonNode node, String where) {
        if (node.isMissingNode() || node.isNull()) {
            return Recipients.Addresses.NONE;
        }
        List<String> email = new ArrayList<>();
        for (JsonNode e : node.path("email")) {
            String address = e.asText("").trim();
            if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
                throw new IllegalArgumentException(where + ".email: not an e-mail address: " + address);
            }
            email.add(address);
        }
        List<Recipients.Webhook> hooks = new ArrayList<>();
        for (JsonNode w : node.path("webhooks")) {
            String url = w.path("url").asText("").trim();
            String format = w.path("format").asText("teams");
            if (!url.startsWith("https://") && !url.startsWith("http://")) {
                throw new IllegalArgumentException(where + ".webhooks: the url must be http(s): " + url);
            }
            URI.create(url);
            if (!format.equals("teams") && !format.equals("slack")) {
                throw new IllegalArgumentException(where + ".webhooks: format must be teams or slack, not " + format);
            }
            hooks.add(new Recipients.Webhook(url, format));
        }
        return new Recipients.Addresses(List.copyOf(email), List.copyOf(hooks));
    }
}
