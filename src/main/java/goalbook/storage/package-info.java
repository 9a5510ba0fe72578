/**
 * Everything JDBC: the database (SQLite by default, PostgreSQL for several instances; schema by Flyway
 * migrations), the stores of versions, reviews, approvals, reference data and budgets, the hash-chained
 * audit log, the notice outbox, backups, and the versioned codec of stored reports. The only package
 * that uses {@code java.sql}; all writes go through one writer (one advisory lock on PostgreSQL).
 */
package goalbook.storage;
