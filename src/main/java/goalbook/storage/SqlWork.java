package goalbook.storage;

import java.sql.Connection;
import java.sql.SQLException;

/** Work done on one connection, inside the writer's transaction or on a reader. */
@FunctionalInterface
public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
}
