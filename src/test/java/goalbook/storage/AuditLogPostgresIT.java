package goalbook.storage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AuditLogTest} against PostgreSQL, on a throw-away database per test (integration profile). */
@Tag("integration")
class AuditLogPostgresIT extends AuditLogTest {

    @RegisterExtension
    final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @Override
    Database openDatabase() {
        return Database.open(postgres.url());
    }

    @Override
    void dropAppendOnlyTriggers(java.sql.Connection c) throws java.sql.SQLException {
        c.createStatement().executeUpdate("ALTER TABLE audit_log DISABLE TRIGGER USER");
    }
}
