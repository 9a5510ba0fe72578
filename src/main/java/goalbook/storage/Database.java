package goalbook.storage;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The database behind the stores, e.g. {@code Database.open("jdbc:sqlite:data/goalbook.db")}:
 * migrated on open, one writer at a time, concurrent readers. Close it on shutdown.
 * <p>SQLite (the default): a fair lock around one writer connection, so concurrent uploads queue, and
 * the file's own write lock between processes. PostgreSQL ({@code jdbc:postgresql://…}, shared by
 * several instances): a pool, and every write transaction first takes one transaction-scoped advisory
 * lock, so writes from all instances run one after another: version numbers, approvals, idempotency
 * keys and the audit chain (which needs one order anyway) are decided as by one process.
 */
public final class Database implements AutoCloseable {

    private static final int IDLE_READERS = 8;

    /** The advisory lock key every PostgreSQL write transaction takes ("GOALBOOK" in ASCII). */
    static final long WRITE_LOCK_KEY = 0x474F414C424F4F4BL;

    private final String url;
    private final boolean sqlite;
    private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);
    private PooledServer server;
    private final ReentrantLock writeLock = new ReentrantLock(true);
    private final ConcurrentLinkedQueue<Connection> idleReaders = new ConcurrentLinkedQueue<>();
    private Connection writer;
    private volatile boolean closed;
    private volatile AuditListener auditListener = AuditListener.NONE;

    private Database(String url) {
        this.url = url;
        this.sqlite = url.startsWith("jdbc:sqlite:");
    }

    /** Tells {@code listener} of every audit entry from now on, inside its transaction (see {@link AuditListener}). */
    public void onAudit(AuditListener listener) {
        this.auditListener = java.util.Objects.requireNonNull(listener, "listener");
    }

    AuditListener auditListener() {
        return auditListener;
    }

    /** The default URL for a data directory, e.g. {@code jdbc:sqlite:./data/goalbook.db}. */
    public static String defaultUrl(Path dataDir) {
        return "jdbc:sqlite:" + dataDir.resolve("goalbook.db");
    }

    /** The SQLite file a JDBC URL names, e.g. {@code data/goalbook.db}; empty for other databases and in-memory ones. */
    public static java.util.Optional<java.nio.file.Path> sqliteFile(String url) {
        return Schema.sqliteFile(url);
    }

    /** Opens {@code url} (creating a SQLite file and its folder if needed) and applies pending migrations. */
    public static Database open(String url) {
        return open(url, null, null);
    }

    /**
     * As {@link #open(String)} with credentials for a server database, e.g.
     * {@code open("jdbc:postgresql://db.example:5432/goalbook", "goalbook", secret)}; null for none.
     */
    public static Database open(String url, String user, String password) {
        Database db = new Database(url);
        try {
            if (db.sqlite) {
                Schema.createFolder(url);
                db.writer = db.connect(true);
                Schema.migrate(url);
            } else {
                db.server = PooledServer.open(url, user, password);
                Schema.migrate(db.server.dataSource(), url);
            }
            return db;
        } catch (SQLException | RuntimeException e) {
            db.close();
            throw new StorageException("cannot open database " + url + ": " + e.getMessage(), e);
        }
    }

    public String url() {
        return url;
    }

    /** SQLite settings per connection: WAL, wait up to 5 s for a lock, fsync on commit, foreign keys. */
    private Connection connect(boolean forWriting) throws SQLException {
        if (!sqlite) {
            return DriverManager.getConnection(url);
        }
        Properties p = new Properties();
        p.setProperty("journal_mode", "WAL");
        p.setProperty("busy_timeout", "5000");
        p.setProperty("synchronous", "FULL");
        p.setProperty("foreign_keys", "true");
        if (forWriting) {
            // take the write lock at BEGIN: a deferred transaction that upgrades can fail without waiting
            p.setProperty("transaction_mode", "IMMEDIATE");
        }
        return DriverManager.getConnection(url, p);
    }

    /** Runs {@code work} as one transaction on the single writer; commits, or rolls back and rethrows. */
    public <T> T write(SqlWork<T> work) {
        if (writeLock.isHeldByCurrentThread() || writing.get()) {
            throw new IllegalStateException("nested write: pass the connection instead");
        }
        if (server != null) {
            ensureOpen();
            writing.set(true);
            try {
                return server.write(work);
            } finally {
                writing.set(false);
            }
        }
        writeLock.lock();
        try {
            ensureOpen();
            try {
                // auto-commit is off only inside a write: sqlite-jdbc begins the next transaction eagerly,
                // and an idle open transaction would hold the file's write lock against other processes
                if (writer == null) {
                    writer = connect(true);
                }
                writer.setAutoCommit(false);
                T result = work.run(writer);
                writer.commit();
                return result;
            } catch (SQLException e) {
                rollback(e);
                throw new StorageException("write failed on " + url + ": " + e.getMessage(), e);
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                restoreAutoCommit();
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** A writer that cannot leave its transaction is dropped; the next write opens a fresh one. */
    private void restoreAutoCommit() {
        try {
            if (writer != null) {
                writer.setAutoCommit(true);
            }
        } catch (SQLException e) {
            closeQuietly(writer);
            writer = null;
        }
    }

    private void rollback(Throwable cause) {
        try {
            if (writer != null) {
                writer.rollback();
            }
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Bytes the health probe inserts: a few pages, so a database that cannot grow says so. */
    private static final int PROBE_BYTES = 16 * 1024;

    /**
     * Why a write would fail now, e.g. "[SQLITE_FULL] ... (database or disk is full)" or "only 3 MB free
     * on the database's disk"; empty when the database can take a write. Inserts a few pages into
     * {@code health_probe} and rolls them back, so it changes nothing. While another write holds the
     * database for more than a second, it is taken as writable: it is writing.
     *
     * @param minFreeBytes less usable space than this on the SQLite file's disk, or less room for the file to grow
     *                     (SQLite's {@code max_page_count}), counts as full
     */
    public java.util.Optional<String> writeTrouble(long minFreeBytes) {
        java.util.Optional<Path> file = Schema.sqliteFile(url);
        if (file.isPresent()) {
            try {
                Path folder = file.get().toAbsolutePath().getParent();
                long free = java.nio.file.Files.getFileStore(folder).getUsableSpace();
                if (free < minFreeBytes) {
                    return java.util.Optional.of("database or disk is full: only " + free / (1024 * 1024) + " MB free on the database's disk, "
                            + minFreeBytes / (1024 * 1024) + " MB needed");
                }
            } catch (java.io.IOException e) {
                return java.util.Optional.of("cannot inspect the database's disk: " + e.getMessage());
            }
        }
        if (server != null) {
            return server.writeTrouble(PROBE_BYTES);
        }
        try {
            if (!writeLock.tryLock(1, java.util.concurrent.TimeUnit.SECONDS)) {
                return java.util.Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
        try {
            ensureOpen();
            if (writer == null) {
                writer = connect(true);
            }
            if (sqlite) {
                long room = (pragma("max_page_count") - pragma("page_count") + pragma("freelist_count")) * pragma("page_size");
                if (room < minFreeBytes) {
                    return java.util.Optional.of("database or disk is full: the database may grow by " + room / 1024 + " KB, "
                            + minFreeBytes / 1024 + " KB needed");
                }
            }
            writer.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = writer.prepareStatement("INSERT INTO health_probe (filler) VALUES (?)")) {
                ps.setBytes(1, new byte[PROBE_BYTES]);
                ps.executeUpdate();
            }
            return java.util.Optional.empty();
        } catch (SQLException e) {
            return java.util.Optional.of(e.getMessage());
        } finally {
            try {
                if (writer != null) {
                    writer.rollback();
                }
            } catch (SQLException ignored) {
                // restoreAutoCommit drops a writer that cannot leave its transaction
            }
            restoreAutoCommit();
            writeLock.unlock();
        }
    }

    private long pragma(String name) throws SQLException {
        try (java.sql.Statement st = writer.createStatement(); java.sql.ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Runs {@code work} on a reader connection; readers run concurrently with each other and the writer. */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        if (server != null) {
            return server.read(work);
        }
        Connection c = idleReaders.poll();
        try {
            if (c == null) {
                c = connect(false);
            }
            T result = work.run(c);
            release(c);
            return result;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new StorageException("read failed on " + url + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            release(c);
            throw e;
        }
    }

    private void release(Connection c) {
        if (closed || idleReaders.size() >= IDLE_READERS) {
            closeQuietly(c);
        } else {
            idleReaders.add(c);
        }
    }

    /** Whether the database answers within a few seconds, for {@code /health}; never throws. */
    public boolean reachable() {
        if (closed) {
            return false;
        }
        try {
            return read(c -> c.isValid(3));
        } catch (RuntimeException e) {
            return false;
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database " + url + " is closed");
        }
    }

    @Override
    public void close() {
        closed = true;
        if (server != null) {
            server.close();
        }
        writeLock.lock();
        try {
            closeQuietly(writer);
            writer = null;
        } finally {
            writeLock.unlock();
        }
        for (Connection c; (c = idleReaders.poll()) != null; ) {
            closeQuietly(c);
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException ignored) {
            // closing: nothing left to do with it
        }
    }
}
