package goalbook.storage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link SubmissionStoreTest} against PostgreSQL, on a throw-away database per test (integration profile). */
@Tag("integration")
class SubmissionStorePostgresIT extends SubmissionStoreTest {

    @RegisterExtension
    final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @Override
    Database openDatabase() {
        return Database.open(postgres.url());
    }
}
