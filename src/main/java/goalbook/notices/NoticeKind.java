package goalbook.notices;

/** What a notice tells, and so who gets it. */
enum NoticeKind {
    /** A region's version was received: to the controller. */
    VERSION_RECEIVED,
    /** The controller returned the region's version for correction: to the region. */
    RETURNED,
    /** The controller accepted the region's version: to the region. */
    ACCEPTED,
    /** The deadline is some days away and the region has not submitted: to the region. */
    REMINDER,
    /** The deadline is today and the region has not submitted: to the region. */
    DEADLINE,
    /** The quarter was approved: to the board secretary. */
    APPROVED
}
