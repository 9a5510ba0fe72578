/**
 * The controller's quarter: status per region, consolidation, approval and reopening with a locked
 * snapshot, the quarter's results as data, and the consolidated and board workbooks.
 */
package goalbook.periods;
