package goalbook.access;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An authenticated caller, e.g. {@code Principal[role=REGION, region=nord, id=tok_3f9a1c2b4d5e6f70, name=Almi Nord, regions=[nord]]}.
 *
 * @param region  the first of a REGION principal's regions (the one the page opens on); null for other roles
 * @param id      the stable unique id: a token's id, or a signed-in person's {@code oid}/{@code sub}; who did it in
 *                the audit log, whose Idempotency-Keys; never the token itself
 * @param name    for display only: two tokens may carry the same label
 * @param regions every region a REGION principal may act for (a person serving two regional companies has two); empty for other roles
 */
public record Principal(Role role, String region, String id, String name, Set<String> regions) {

    /** One region or none, as for tokens: the regions are {@code region} alone. */
    public Principal(Role role, String region, String id, String name) {
        this(role, region, id, name, region == null ? Set.of() : Set.of(region));
    }

    /** A caller whose label is its id too, e.g. a script in a test. */
    public Principal(Role role, String region, String name) {
        this(role, region, name, name);
    }

    public Principal {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
        regions = Set.copyOf(Objects.requireNonNull(regions, "regions"));
        if ((role == Role.REGION) != (region != null) || (region != null && !regions.contains(region))) {
            throw new IllegalArgumentException("a REGION principal needs a region and only it may have one, got " + role + "/" + region + "/" + regions);
        }
        if (role != Role.REGION && !regions.isEmpty()) {
            throw new IllegalArgumentException("only a REGION principal acts for regions, got " + role + "/" + regions);
        }
    }

    /** A REGION principal for several regions; the first in alphabetical order is its {@link #region()}. */
    public static Principal forRegions(Collection<String> regions, String id, String name) {
        TreeSet<String> sorted = new TreeSet<>(regions);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a REGION principal needs at least one region");
        }
        return new Principal(Role.REGION, sorted.first(), id, name, sorted);
    }

    /** May this principal read and submit for {@code regionId}? */
    public boolean mayActFor(String regionId) {
        return role == Role.CONTROLLER || (role == Role.REGION && regions.contains(regionId));
    }

    public boolean isController() {
        return role == Role.CONTROLLER;
    }
}
