package dev.lit4j.adapters.storage;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStore;
import jakarta.inject.Provider;
import java.nio.file.Path;

/**
 * Makes a {@link MapDbSessionStore} the <em>default</em> {@link SessionStore}, through an
 * {@link OptionalBinder}: installing any other store module of this package
 * ({@link FileSessionStoreModule}, {@link JdbcSessionStoreModule}, {@link InMemorySessionStoreModule}),
 * or binding your own with {@code OptionalBinder.newOptionalBinder(binder(), SessionStore.class).setBinding()},
 * replaces it.
 *
 * <p>The MapDB file is opened when the store is first used, never while the injector is built (even in
 * {@code Stage.PRODUCTION}), so a replaced default touches no file. The store then lives as long as the
 * injector's process; every write is committed, so it need not be closed.
 */
public final class MapDbSessionStoreModule extends AbstractModule {
    private final Path file;

    /** The default: the file {@link #defaultFile()}. */
    public MapDbSessionStoreModule() {
        this(defaultFile());
    }

    /** @param file the MapDB file; created, with its directory, if missing */
    public MapDbSessionStoreModule(Path file) {
        this.file = InvalidInputException.requireNonNull("file", file);
    }

    /** {@code ~/.lit4j/session-store.mapdb}: the user's home directory, {@code .lit4j}, {@code session-store.mapdb}. */
    public static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".lit4j", "session-store.mapdb");
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SessionStore.class)
                .setDefault()
                .toProvider(new OpenOnFirstUse(file));
    }

    /**
     * Opens the store once, on the first call. Not a Guice singleton on purpose: Stage.PRODUCTION builds
     * singletons eagerly, and a default that was replaced must not open its file.
     */
    private static final class OpenOnFirstUse implements Provider<SessionStore> {
        private final Path file;
        private volatile MapDbSessionStore store;

        OpenOnFirstUse(Path file) {
            this.file = file;
        }

        @Override
        public SessionStore get() {
            MapDbSessionStore opened = store;
            if (opened == null) {
                synchronized (this) {
                    opened = store;
                    if (opened == null) {
                        opened = new MapDbSessionStore(file);
                        store = opened;
                    }
                }
            }
            return opened;
        }
    }
}
