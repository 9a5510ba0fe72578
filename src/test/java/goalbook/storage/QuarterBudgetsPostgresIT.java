package goalbook.storage;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@link QuarterBudgetsTest} against PostgreSQL, on a throw-away database per test (integration profile). */
@Tag("integration")
class QuarterBudgetsPostgresIT extends QuarterBudgetsTest {

    @RegisterExtension
    final ThrowawayPostgres postgres = new ThrowawayPostgres();

    @Override
    Database openDatabase() {
        return Database.open(postgres.url());
    }
}
