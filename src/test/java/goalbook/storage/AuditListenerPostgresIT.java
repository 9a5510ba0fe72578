package goalbook.storage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link AuditListenerTest} on PostgreSQL, where a failed statement aborts the transaction unless its savepoint is rolled back. */
@Tag("integration")
class AuditListenerPostgresIT extends AuditListenerTest {

    @RegisterExtension
    final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @Override
    Database openDatabase() {
        return Database.open(postgres.url());
    }
}
