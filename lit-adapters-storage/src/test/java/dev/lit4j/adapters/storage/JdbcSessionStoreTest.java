package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.LIT_ACTION;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.testkit.storage.SessionStoreContract;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Against a real PostgreSQL: see {@link PostgresTestDatabase}. Each test has its own table. */
class JdbcSessionStoreTest extends SessionStoreContract<JdbcSessionStore> {
    private final DataSource dataSource = PostgresTestDatabase.dataSource();

    @Override
    protected JdbcSessionStore newStore() {
        String table = PostgresTestDatabase.uniqueTable();
        return new JdbcSessionStore(dataSource, table);
    }

    @Override
    protected void close(JdbcSessionStore store) throws SQLException {
        PostgresTestDatabase.drop(dataSource, store.table());
    }

    @Override
    protected JdbcSessionStore corruptSessionKey(JdbcSessionStore store, SessionIdentity identity) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE " + store.table() + " SET value = ? WHERE identity = ? AND entry = 'session-key'")) {
            update.setBytes(
                    1,
                    "{\"format\": \"lit4j-session-key\", \"version\": 1, \"identity\": 7}"
                            .getBytes(StandardCharsets.UTF_8));
            update.setString(2, identity.key());
            assertEquals(1, update.executeUpdate(), "the row to corrupt exists");
        }
        return store;
    }

    @Test
    void namesTheCorruptedRow() throws Exception {
        JdbcSessionStore store = open();
        store.sessionKey(WALLET, SessionKeyPair::generate);
        corruptSessionKey(store, WALLET);
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> store.findSessionKey(WALLET));
        assertEquals(
                "the session store entry session-key of wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 is"
                        + " unreadable: entry.identity: expected a string, found a number. Clear that identity to start it"
                        + " afresh; other entries are unaffected",
                error.getMessage());
    }

    /** Servers of a fleet: one store object each, each call on its own connection. */
    @Test
    void createsOneSessionKeyAcrossStoresSharingTheTable() throws Exception {
        JdbcSessionStore first = open();
        List<JdbcSessionStore> servers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            servers.add(new JdbcSessionStore(dataSource, first.table()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (SessionIdentity identity : List.of(WALLET, LIT_ACTION)) {
                CyclicBarrier start = new CyclicBarrier(THREADS);
                List<Future<SessionKeyPair>> results = new ArrayList<>();
                for (JdbcSessionStore server : servers) {
                    results.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        return server.sessionKey(identity, SessionKeyPair::generate);
                    }));
                }
                Set<SessionKeyPair> keys = new HashSet<>();
                for (Future<SessionKeyPair> result : results) {
                    keys.add(result.get(60, TimeUnit.SECONDS));
                }
                assertEquals(1, keys.size(), "servers racing for " + identity.key());
                assertEquals(
                        keys.iterator().next(), first.findSessionKey(identity).orElseThrow());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void createsTheTableOnceWhenServersStartTogether() throws Exception {
        String table = PostgresTestDatabase.uniqueTable();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier start = new CyclicBarrier(8);
            List<Future<JdbcSessionStore>> stores = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                stores.add(pool.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return new JdbcSessionStore(dataSource, table);
                }));
            }
            for (Future<JdbcSessionStore> store : stores) {
                store.get(60, TimeUnit.SECONDS);
            }
            assertEquals(1, schemaVersion(table));
            new JdbcSessionStore(dataSource, table).sessionKey(WALLET, SessionKeyPair::generate);
            assertEquals(1, rowCount(table));
        } finally {
            pool.shutdownNow();
            PostgresTestDatabase.drop(dataSource, table);
        }
    }

    @Test
    void refusesATableWithANewerSchema() throws Exception {
        JdbcSessionStore store = open();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE " + JdbcSessionStore.SCHEMA_VERSIONS_TABLE + " SET version = 7"
                    + " WHERE table_name = '" + store.table() + "'");
        }
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> new JdbcSessionStore(dataSource, store.table()));
        assertEquals(
                "the session table " + store.table() + " has schema version 7, newer than this Lit4j knows (1);"
                        + " upgrade Lit4j on this server",
                error.getMessage());
    }

    @Test
    void refusesATableNameThatIsNotPlainSql() {
        InvalidInputException error = assertThrows(
                InvalidInputException.class, () -> new JdbcSessionStore(dataSource, "sessions; DROP TABLE users"));
        assertEquals(
                "table: expected a lowercase SQL name (a letter or _, then up to 62 letters, digits or _), got"
                        + " \"sessions; DROP TABLE users\"",
                error.getMessage());
    }

    @Test
    void anUnreachableDatabaseIsAClearError() {
        PGSimpleDataSource nowhere = new PGSimpleDataSource();
        nowhere.setURL("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2");
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> new JdbcSessionStore(nowhere, "lit4j_unreachable"));
        assertTrue(
                error.getMessage()
                        .startsWith("the session table lit4j_unreachable could not create or migrate the" + " table: "),
                error.getMessage());
        assertTrue(error.getMessage().endsWith("(SQL state 08001)"), error.getMessage());
    }

    private int schemaVersion(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT version FROM " + JdbcSessionStore.SCHEMA_VERSIONS_TABLE + " WHERE table_name = ?")) {
            select.setString(1, table);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "a version is recorded for " + table);
                return row.getInt(1);
            }
        }
    }

    private int rowCount(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getInt(1);
        }
    }
}
