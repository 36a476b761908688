package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.numberedAuthSig;

import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Read and write throughput of each adapter, one thread, over {@value #IDENTITIES} identities that each
 * hold a session key and an AuthSig. Run as docs/storage.md says; not part of the tests.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class SessionStoreBenchmark {
    static final int IDENTITIES = 1_000;
    private static final Instant NOW = Instant.parse("2025-01-15T12:00:00Z");
    private static final Instant LATER = Instant.parse("2100-01-01T00:00:00Z");

    /** Which store. */
    @Param({"in-memory", "files", "mapdb", "postgresql", "encrypted-mapdb"})
    public String adapter;

    private EntrySessionStore store;
    private Path directory;
    private DataSource dataSource;
    private String table;
    private final SessionIdentity[] identities = new SessionIdentity[IDENTITIES];
    private final SessionPublicKey[] keys = new SessionPublicKey[IDENTITIES];
    private final StoredAuthSig[] authSigs = new StoredAuthSig[IDENTITIES];
    private int next;

    /** Opens the store and fills it. */
    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("lit4j-bench");
        store = switch (adapter) {
            case "in-memory" -> new InMemorySessionStore();
            case "files" -> new FileSessionStore(directory.resolve("files"));
            case "mapdb" -> new MapDbSessionStore(directory.resolve("store.mapdb"));
            case "postgresql" -> {
                dataSource = PostgresTestDatabase.dataSource();
                table = PostgresTestDatabase.uniqueTable();
                yield new JdbcSessionStore(reusingOneConnection(dataSource), table);
            }
            case "encrypted-mapdb" ->
                new EncryptingSessionStore(
                        new MapDbSessionStore(directory.resolve("store.mapdb")), new TestKeys.Fixed());
            default -> throw new IllegalArgumentException("unknown adapter " + adapter);
        };
        for (int i = 0; i < IDENTITIES; i++) {
            identities[i] = new SessionIdentity(SessionIdentity.Kind.CUSTOM, "bench-" + i);
            keys[i] = store.sessionKey(identities[i], SessionKeyPair::generate).publicKey();
            authSigs[i] = new StoredAuthSig(numberedAuthSig(i, keys[i]), LATER);
            store.putAuthSig(identities[i], keys[i], authSigs[i]);
        }
    }

    /** Closes the store and removes what it wrote. */
    @TearDown(Level.Trial)
    public void close() throws Exception {
        store.close();
        if (table != null) {
            PostgresTestDatabase.drop(dataSource, table);
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Reads one identity's valid AuthSig: what every session-sig request does. */
    @Benchmark
    public Optional<StoredAuthSig> readAuthSig() {
        int i = next();
        return store.findAuthSig(identities[i], keys[i], NOW);
    }

    /** Reads one identity's session key (create-once path, key present). */
    @Benchmark
    public SessionKeyPair readSessionKey() {
        int i = next();
        return store.sessionKey(identities[i], SessionKeyPair::generate);
    }

    /** Replaces one identity's AuthSig: what a re-sign does. Durable stores flush to disk each time. */
    @Benchmark
    public void writeAuthSig() {
        int i = next();
        store.putAuthSig(identities[i], keys[i], authSigs[i]);
    }

    /**
     * A data source that hands out one open connection again and again (its close() keeps it open), as a
     * connection pool would: so the benchmark measures the store, not PostgreSQL's connection set-up.
     */
    private static DataSource reusingOneConnection(DataSource real) {
        Connection shared;
        try {
            shared = real.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the benchmark database", e);
        }
        Connection kept = (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(),
                new Class<?>[] {Connection.class},
                (proxy, method, args) -> method.getName().equals("close") ? null : invoke(method, shared, args));
        return (DataSource) Proxy.newProxyInstance(
                DataSource.class.getClassLoader(),
                new Class<?>[] {DataSource.class},
                (proxy, method, args) -> method.getName().equals("getConnection") ? kept : invoke(method, real, args));
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private int next() {
        next = next + 1 == IDENTITIES ? 0 : next + 1;
        return next;
    }
}
