package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * A session store in a PostgreSQL table, shared by a fleet of servers.
 *
 * <p>One row per entry: {@code (identity, entry) → value}, in the shared entry format. Creating a session
 * key is {@code INSERT … ON CONFLICT DO NOTHING} followed by reading the row that won, a compare-and-set
 * the database enforces across every connection and process. Each operation takes its own connection from
 * the {@link DataSource} (pool it as you like) and runs in auto-commit.
 *
 * <p>The adapter creates its table, and migrates it in later versions: the schema version of each table is
 * kept in {@value #SCHEMA_VERSIONS_TABLE}, and a migration runs under a PostgreSQL advisory lock, so servers
 * starting together do not race. A table whose schema is newer than this Lit4j is refused.
 */
public final class JdbcSessionStore extends EntrySessionStore {
    /** The table used when none is named. */
    public static final String DEFAULT_TABLE = "lit4j_session_entries";
    /** The table that records each session table's schema version. */
    public static final String SCHEMA_VERSIONS_TABLE = "lit4j_schema_versions";

    // chosen once, arbitrarily: the advisory lock every Lit4j schema migration takes
    private static final long MIGRATION_LOCK = 0x4c49_5434_4a53_5331L;
    private static final Pattern TABLE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");

    private final DataSource dataSource;
    private final String table;
    private final String selectSql;
    private final String insertIfAbsentSql;
    private final String upsertSql;
    private final String deleteIdentitySql;
    private final String deleteAllSql;

    /** A store in {@value #DEFAULT_TABLE}; see {@link #JdbcSessionStore(DataSource, String)}. */
    public JdbcSessionStore(DataSource dataSource) {
        this(dataSource, DEFAULT_TABLE);
    }

    /**
     * A store in {@code table}, which is created or migrated now.
     *
     * @param table a lowercase SQL name: a letter or {@code _}, then up to 62 letters, digits or {@code _}
     * @throws InvalidInputException if {@code table} is not such a name
     * @throws SessionStoreException if the database cannot be reached, or the table's schema is newer than
     *     this Lit4j
     */
    public JdbcSessionStore(DataSource dataSource, String table) {
        this.dataSource = InvalidInputException.requireNonNull("dataSource", dataSource);
        InvalidInputException.requireNonNull("table", table);
        if (!TABLE_NAME.matcher(table).matches()) {
            throw new InvalidInputException(
                    "table",
                    "expected a lowercase SQL name (a letter or _, then up to 62" + " letters, digits or _), got \""
                            + table + "\"");
        }
        this.table = table;
        this.selectSql = "SELECT value FROM " + table + " WHERE identity = ? AND entry = ?";
        this.insertIfAbsentSql = "INSERT INTO " + table + " (identity, entry, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (identity, entry) DO NOTHING";
        this.upsertSql = "INSERT INTO " + table + " (identity, entry, value) VALUES (?, ?, ?)"
                + " ON CONFLICT (identity, entry) DO UPDATE SET value = EXCLUDED.value, updated_at = now()";
        this.deleteIdentitySql = "DELETE FROM " + table + " WHERE identity = ?";
        this.deleteAllSql = "DELETE FROM " + table;
        migrate();
    }

    /** The table this store keeps its entries in. */
    public String table() {
        return table;
    }

    @Override
    protected Optional<byte[]> read(SessionEntryKey key) {
        try (Connection connection = dataSource.getConnection()) {
            return select(connection, key);
        } catch (SQLException e) {
            throw failure("read " + key, e);
        }
    }

    @Override
    protected byte[] insertIfAbsent(SessionEntryKey key, byte[] value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(insertIfAbsentSql)) {
            insert.setString(1, key.identity().key());
            insert.setString(2, key.name());
            insert.setBytes(3, value);
            while (true) {
                if (insert.executeUpdate() == 1) {
                    return value;
                }
                Optional<byte[]> winner = select(connection, key);
                if (winner.isPresent()) {
                    return winner.get();
                }
                // the winning row was cleared between the insert and the select: try again
            }
        } catch (SQLException e) {
            throw failure("create " + key, e);
        }
    }

    @Override
    protected void write(SessionEntryKey key, byte[] value) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(upsertSql)) {
            upsert.setString(1, key.identity().key());
            upsert.setString(2, key.name());
            upsert.setBytes(3, value);
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw failure("write " + key, e);
        }
    }

    @Override
    protected void delete(SessionIdentity identity) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(deleteIdentitySql)) {
            delete.setString(1, identity.key());
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failure("clear " + identity.key(), e);
        }
    }

    @Override
    protected void deleteAll() {
        try (Connection connection = dataSource.getConnection();
                Statement delete = connection.createStatement()) {
            delete.executeUpdate(deleteAllSql);
        } catch (SQLException e) {
            throw failure("clear every entry", e);
        }
    }

    private Optional<byte[]> select(Connection connection, SessionEntryKey key) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(selectSql)) {
            select.setString(1, key.identity().key());
            select.setString(2, key.name());
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
            }
        }
    }

    /** The schema, one step per version: step {@code i} takes a table from version {@code i} to {@code i + 1}. */
    private static List<String> migrations(String table) {
        return List.of("CREATE TABLE " + table + " ("
                + " identity TEXT NOT NULL,"
                + " entry TEXT NOT NULL,"
                + " value BYTEA NOT NULL,"
                + " updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),"
                + " PRIMARY KEY (identity, entry))");
    }

    private void migrate() {
        List<String> steps = migrations(table);
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
                    statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA_VERSIONS_TABLE
                            + " (table_name TEXT PRIMARY KEY, version INTEGER NOT NULL)");
                }
                int current = currentVersion(connection);
                if (current > steps.size()) {
                    throw new SessionStoreException("the session table " + table + " has schema version " + current
                            + ", newer than this Lit4j knows (" + steps.size() + "); upgrade Lit4j on this server");
                }
                try (Statement statement = connection.createStatement()) {
                    for (int version = current; version < steps.size(); version++) {
                        statement.execute(steps.get(version));
                    }
                }
                if (current < steps.size()) {
                    recordVersion(connection, steps.size());
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failure("create or migrate the table", e);
        }
    }

    private int currentVersion(Connection connection) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT version FROM " + SCHEMA_VERSIONS_TABLE + " WHERE table_name = ?")) {
            select.setString(1, table);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getInt(1) : 0;
            }
        }
    }

    private void recordVersion(Connection connection, int version) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement("INSERT INTO " + SCHEMA_VERSIONS_TABLE
                + " (table_name, version) VALUES (?, ?)"
                + " ON CONFLICT (table_name) DO UPDATE SET version = EXCLUDED.version")) {
            upsert.setString(1, table);
            upsert.setInt(2, version);
            upsert.executeUpdate();
        }
    }

    private SessionStoreException failure(String what, SQLException e) {
        return new SessionStoreException(
                "the session table " + table + " could not " + what + ": " + e.getMessage() + " (SQL state "
                        + e.getSQLState() + ")",
                e);
    }
}
