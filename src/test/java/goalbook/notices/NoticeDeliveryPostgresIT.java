package goalbook.notices;

import goalbook.storage.ThrowawayPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link NoticeDeliveryTest} with the outbox on PostgreSQL, a throw-away database per test (integration profile). */
@Tag("integration")
class NoticeDeliveryPostgresIT extends NoticeDeliveryTest {

    @RegisterExtension
    final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @Override
    String databaseUrl() {
        return postgres.url();
    }
}
