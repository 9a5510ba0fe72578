package goalbook.storage;

/**
 * What one region has stored for one quarter against its budget, and who set the budget.
 *
 * @param raisedBy the controller who last raised it, or null while the default applies
 * @param reason   why, or null while the default applies
 */
public record BudgetUse(String period, String region, int versions, long bytes, QuarterBudget budget, String raisedBy, String reason) {

    /** Whether one more version of {@code newBytes} would pass the budget. */
    boolean hasRoomFor(long newBytes) {
        return versions < budget.versions() && bytes + newBytes <= budget.bytes();
    }
}
