package goalbook.access;

import java.util.Objects;

/**
 * An authenticated caller, e.g. {@code Principal[role=REGION, region=nord, id=tok_3f9a1c2b4d5e6f70, name=Almi Nord]}.
 *
 * @param region the region a REGION principal belongs to; null for other roles
 * @param id     the token's stable unique id: who did it in the audit log, whose Idempotency-Keys; never the token itself
 * @param name   the token's label, for display only: two tokens may carry the same label
 */
public record Principal(Role role, String region, String id, String name) {

    public Principal {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(id, "id");
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
