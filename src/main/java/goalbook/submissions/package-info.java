/**
 * Storage of submissions (every uploaded workbook, version by version), reference data, approvals
 * and the hash-chained audit log, over JDBC (SQLite by default, schema by Flyway migrations). All
 * writes go through one writer so concurrent uploads queue instead of failing.
 */
package goalbook.submissions;
