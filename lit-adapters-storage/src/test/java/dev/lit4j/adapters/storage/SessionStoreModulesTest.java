package dev.lit4j.adapters.storage;

import static dev.lit4j.testkit.storage.SessionStoreSamples.SESSION_KEY;
import static dev.lit4j.testkit.storage.SessionStoreSamples.WALLET;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.session.SessionKeyPair;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The modules in a strict injector: Stage.PRODUCTION, explicit bindings only. */
class SessionStoreModulesTest {
    @TempDir
    Path temp;

    @Test
    void mapDbIsTheDefaultAndOpensItsFileOnFirstUse() {
        Path file = temp.resolve("sessions").resolve("store.mapdb");
        Injector injector = strict(new MapDbSessionStoreModule(file));
        assertTrue(Files.notExists(file), "building the injector touches no file");

        SessionStore store = injector.getInstance(SessionStore.class);
        assertInstanceOf(MapDbSessionStore.class, store);
        assertSame(store, injector.getInstance(SessionStore.class), "one store per injector");
        store.sessionKey(WALLET, SessionKeyPair::generate);
        assertTrue(Files.exists(file));
        ((MapDbSessionStore) store).close();
    }

    @Test
    void aUserBindingReplacesTheDefault() {
        Path file = temp.resolve("store.mapdb");
        InMemorySessionStore mine = new InMemorySessionStore();
        Injector injector = strict(new MapDbSessionStoreModule(file), new AbstractModule() {
            @Override
            protected void configure() {
                OptionalBinder.newOptionalBinder(binder(), SessionStore.class)
                        .setBinding()
                        .toInstance(mine);
            }
        });
        assertSame(mine, injector.getInstance(SessionStore.class));
        assertTrue(Files.notExists(file), "a replaced default never opens its file");
    }

    @Test
    void anotherAdapterModuleReplacesTheDefault() {
        Path file = temp.resolve("store.mapdb");
        Path directory = temp.resolve("files");
        Injector injector = strict(new MapDbSessionStoreModule(file), new FileSessionStoreModule(directory));
        SessionStore store = injector.getInstance(SessionStore.class);
        assertInstanceOf(FileSessionStore.class, store);
        assertSame(store, injector.getInstance(FileSessionStore.class));
        assertEquals(directory.toAbsolutePath(), ((FileSessionStore) store).directory());
        assertTrue(Files.notExists(file));

        assertInstanceOf(
                InMemorySessionStore.class,
                strict(new MapDbSessionStoreModule(file), new InMemorySessionStoreModule())
                        .getInstance(SessionStore.class));
    }

    @Test
    void twoAdaptersAtOnceAreAnError() {
        CreationException error = assertThrows(
                CreationException.class,
                () -> strict(new InMemorySessionStoreModule(), new FileSessionStoreModule(temp)));
        assertTrue(error.getMessage().contains("SessionStore"), error.getMessage());
    }

    @Test
    void theJdbcModuleUsesTheApplicationsDataSource() throws Exception {
        DataSource dataSource = PostgresTestDatabase.dataSource();
        String table = PostgresTestDatabase.uniqueTable();
        try {
            Injector injector = strict(
                    new MapDbSessionStoreModule(temp.resolve("store.mapdb")),
                    new JdbcSessionStoreModule(table),
                    new AbstractModule() {
                        @Provides
                        @Singleton
                        DataSource dataSource() {
                            return dataSource;
                        }
                    });
            JdbcSessionStore store = (JdbcSessionStore) injector.getInstance(SessionStore.class);
            assertEquals(table, store.table());
            SessionKeyPair key = store.sessionKey(WALLET, SessionKeyPair::generate);
            assertEquals(
                    key,
                    new JdbcSessionStore(dataSource, table)
                            .findSessionKey(WALLET)
                            .orElseThrow());
        } finally {
            PostgresTestDatabase.drop(dataSource, table);
        }
    }

    /** The wiring docs/storage.md shows for an encrypted store. */
    @Test
    void wrapsAnAdapterInTheEncryptingDecorator() throws Exception {
        AeadKeyProvider keys = TestKeys.randomProvider("k1");
        Path directory = temp.resolve("files");
        Injector injector = strict(new MapDbSessionStoreModule(temp.resolve("store.mapdb")), new AbstractModule() {
            @Override
            protected void configure() {
                bind(AeadKeyProvider.class).toInstance(keys);
                OptionalBinder.newOptionalBinder(binder(), SessionStore.class)
                        .setBinding()
                        .to(EncryptingSessionStore.class);
            }

            @Provides
            @Singleton
            EncryptingSessionStore encrypted(AeadKeyProvider keys) {
                return new EncryptingSessionStore(new FileSessionStore(directory), keys);
            }
        });
        SessionStore store = injector.getInstance(SessionStore.class);
        store.sessionKey(WALLET, () -> SESSION_KEY);
        try (var files = Files.list(directory)) {
            String stored = Files.readString(files.findFirst().orElseThrow());
            assertTrue(stored.contains("lit4j-sealed-entry"), stored);
        }
    }

    private static Injector strict(Module... modules) {
        List<Module> all = new ArrayList<>(List.of(modules));
        all.add(new AbstractModule() {
            @Override
            protected void configure() {
                binder().requireExplicitBindings();
                binder().requireAtInjectOnConstructors();
            }
        });
        return Guice.createInjector(Stage.PRODUCTION, all);
    }
}
