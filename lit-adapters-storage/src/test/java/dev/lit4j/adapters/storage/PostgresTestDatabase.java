package dev.lit4j.adapters.storage;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The real PostgreSQL the JDBC tests run against: {@code -Dlit4j.test.jdbcUrl=…}, else the environment
 * variable {@code LIT4J_TEST_JDBC_URL}, else a server this JVM starts once from the PostgreSQL binaries on
 * the test class path ({@link EmbeddedPostgresServer}; see docs/storage.md). An unreachable database fails
 * the tests; they are never skipped.
 */
final class PostgresTestDatabase {
    private static final AtomicInteger TABLES = new AtomicInteger();

    private PostgresTestDatabase() {}

    /** The test database's URL. */
    static String url() {
        String property = System.getProperty("lit4j.test.jdbcUrl");
        if (property != null && !property.isBlank()) {
            return property;
        }
        String environment = System.getenv("LIT4J_TEST_JDBC_URL");
        return environment != null && !environment.isBlank() ? environment : EmbeddedPostgresServer.jdbcUrl();
    }

    /** A data source for the test database (a new connection per call, as several processes would have). */
    static DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(url());
        try (Connection connection = dataSource.getConnection()) {
            connection.isValid(5);
        } catch (SQLException e) {
            fail(
                    "cannot reach the test PostgreSQL at " + url().replaceAll("password=[^&]*", "password=…")
                            + " (" + e.getMessage() + "). Start one as docs/storage.md says (.ci/run does), or point"
                            + " LIT4J_TEST_JDBC_URL at yours.",
                    e);
        }
        return dataSource;
    }

    /** A table name no other test uses. */
    static String uniqueTable() {
        return "lit4j_test_" + ProcessHandle.current().pid() + "_" + TABLES.incrementAndGet();
    }

    /** Drops {@code table} and forgets its schema version. */
    static void drop(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute(
                    "DELETE FROM " + JdbcSessionStore.SCHEMA_VERSIONS_TABLE + " WHERE table_name = '" + table + "'");
        }
    }
}
