package goalbook.consolidation;

import java.util.Objects;

/**
 * Something the controller must chase in one region, e.g. {@code (gavle-dala, COMMENT_MISSING,
 * "Mål 3 Andel unika kunder i tidiga skeden är ej uppfyllt men saknar kommentar.")}.
 *
 * @param detail Swedish, for the consolidated workbook's list
 */
public record RegionGap(String region, Kind kind, String detail) {

    /** MISSING: no submission; INVALID: the latest version is invalid (used, flagged); COMMENT_MISSING: a NOT_MET goal without comment. */
    public enum Kind { MISSING, INVALID, COMMENT_MISSING }

    public RegionGap {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(kind, "kind");
    }
}
