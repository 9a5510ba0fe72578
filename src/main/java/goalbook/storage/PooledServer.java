package goalbook.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A PostgreSQL database shared by several Goalbook instances, through a HikariCP pool. A write is one
 * transaction that first waits for the advisory lock {@link Database#WRITE_LOCK_KEY}: PostgreSQL
 * releases it at commit or rollback, also when the instance holding it dies, so no lock outlives its
 * transaction. Under READ COMMITTED every statement after the lock sees what earlier writers committed.
 */
final class PooledServer implements AutoCloseable {

    private static final int POOL_SIZE = 10;

    private final String url;
    private final HikariDataSource pool;

    private PooledServer(String url, HikariDataSource pool) {
        this.url = url;
        this.pool = pool;
    }

    static PooledServer open(String url, String user, String password) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new StorageException("unsupported database " + url + ": use jdbc:sqlite:… or jdbc:postgresql://…", null);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(POOL_SIZE);
        config.setPoolName("goalbook");
        // a database that is down makes /health answer 503 within seconds instead of hanging the probe
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(2_000);
        return new PooledServer(url, new HikariDataSource(config));
    }

    DataSource dataSource() {
        return pool;
    }

    <T> T write(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
                    lock.setLong(1, Database.WRITE_LOCK_KEY);
                    lock.execute();
                }
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StorageException("write failed on " + url + ": " + e.getMessage(), e);
        }
    }

    <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StorageException("read failed on " + url + ": " + e.getMessage(), e);
        }
    }

    /**
     * Why a write would fail now, empty when it would not: a probe row inserted and rolled back, without
     * the advisory lock, so the health check never waits behind the instances' writes.
     */
    java.util.Optional<String> writeTrouble(int probeBytes) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO health_probe (filler) VALUES (?)")) {
                ps.setBytes(1, new byte[probeBytes]);
                ps.executeUpdate();
                return java.util.Optional.empty();
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            return java.util.Optional.of(e.getMessage());
        }
    }

    private static void rollback(Connection c, Throwable cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public void close() {
        pool.close();
    }
}
