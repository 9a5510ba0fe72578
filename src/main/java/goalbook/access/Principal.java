package goalbook.access;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * An authenticated caller, e.g. {@code Principal[role=REGION, region=nord, name=demo-nord, regions=[nord]]}.
 *
 * @param region  the first of a REGION principal's regions (the one the page opens on); null for other roles
 * @param name    a label for logs and the audit trail, never the token itself
 * @param regions every region a REGION principal may act for (a person serving two regional companies has two); empty for other roles
 */
public record Principal(Role role, String region, String name, Set<String> regions) {

    /** One region or none, as for tokens: the regions are {@code region} alone. */
    public Principal(Role role, String region, String name) {
        this(role, region, name, region == null ? Set.of() : Set.of(region));
    }

    public Principal {
        Objects.requireNonNull(role, "role");
        regions = Set.copyOf(Objects.requireNonNull(regions, "regions"));
        if ((role == Role.REGION) != (region != null) || (region != null && !regions.contains(region))) {
            throw new IllegalArgumentException("a REGION principal needs a region and only it may have one, got " + role + "/" + region + "/" + regions);
        }
        if (role != Role.REGION && !regions.isEmpty()) {
            throw new IllegalArgumentException("only a REGION principal acts for regions, got " + role + "/" + regions);
        }
    }

    /** A REGION principal for several regions; the first in alphabetical order is its {@link #region()}. */
    public static Principal forRegions(Collection<String> regions, String name) {
        TreeSet<String> sorted = new TreeSet<>(regions);
        if (sorted.isEmpty()) {
            throw new IllegalArgumentException("a REGION principal needs at least one region");
        }
        return new Principal(Role.REGION, sorted.first(), name, sorted);
    }

    /** May this principal read and submit for {@code regionId}? */
    public boolean mayActFor(String regionId) {
        return role == Role.CONTROLLER || (role == Role.REGION && regions.contains(regionId));
    }

    public boolean isController() {
        return role == Role.CONTROLLER;
    }
}
