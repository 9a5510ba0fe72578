/**
 * Notices that reach people: a version received (to the controller), a version returned or accepted and
 * reminders before the deadline (to the region), the quarter approved (to the board secretary), by
 * webhook (Teams workflows, Slack) and e-mail. Events are queued in an outbox in the transaction that
 * records them ({@link goalbook.notices.AuditNotices}) and delivered by a background worker with
 * retries; who gets what is a data file ({@link goalbook.notices.RecipientsFile}).
 */
package goalbook.notices;
