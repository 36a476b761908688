package dev.lit4j.adapters.storage;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStore;
import java.nio.file.Path;

/**
 * Binds {@link SessionStore} to a {@link FileSessionStore} in one directory, replacing the MapDB default
 * of {@link MapDbSessionStoreModule}. Also binds {@link FileSessionStore} itself. The directory is opened
 * when the store is first needed, not when the module is configured.
 */
public final class FileSessionStoreModule extends AbstractModule {
    private final Path directory;

    /** @param directory where the entries are kept; created if missing */
    public FileSessionStoreModule(Path directory) {
        this.directory = InvalidInputException.requireNonNull("directory", directory);
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SessionStore.class)
                .setBinding()
                .to(FileSessionStore.class);
    }

    @Provides
    @Singleton
    FileSessionStore fileSessionStore() {
        return new FileSessionStore(directory);
    }
}
