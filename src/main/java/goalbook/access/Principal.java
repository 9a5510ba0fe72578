package goalbook.access;

import java.util.Objects;

/**
 * An authenticated caller, e.g. {@code Principal[role=REGION, region=nord, name=demo-nord]}.
 *
 * @param region the region a REGION principal belongs to; null for other roles
 * @param name   a label for logs and the audit trail, never the token itself
 */
public record Principal(Role role, String region, String name) {

    public Principal {
        Objects.requireNonNull(role, "role");
        if ((role == Role.REGION) != (region != null)) {
            throw new IllegalArgumentException("a REGION principal needs a region and only it may have one, got " + role + "/" + region);
        }
    }

    /** May this principal read and submit for {@code regionId}? */
    public boolean mayActFor(String regionId) {
        return role == Role.CONTROLLER || (role == Role.REGION && region.equals(regionId));
    }

    public boolean isController() {
        return role == Role.CONTROLLER;
    }
}
