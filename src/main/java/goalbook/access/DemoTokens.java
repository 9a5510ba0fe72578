package goalbook.access;

import goalbook.goals.Region;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo tokens of a server started without a tokens file (loopback only): {@code demo-controller},
 * {@code demo-board} and {@code demo-<region id>} for each region; each token's id and label are its own name (the token is public anyway).
 */
public final class DemoTokens {
    private DemoTokens() {}

    public static TokenRegistry forRegions(List<Region> regions) {
        Map<String, Principal> byHash = new HashMap<>();
        byHash.put(TokenRegistry.sha256("demo-controller"), new Principal(Role.CONTROLLER, null, "demo-controller", "demo-controller"));
        byHash.put(TokenRegistry.sha256("demo-board"), new Principal(Role.BOARD, null, "demo-board", "demo-board"));
        for (Region r : regions) {
            byHash.put(TokenRegistry.sha256("demo-" + r.id()), new Principal(Role.REGION, r.id(), "demo-" + r.id(), "demo-" + r.id()));
        }
        return TokenRegistry.of(byHash);
    }
}
