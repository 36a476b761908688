package dev.lit4j.adapters.storage;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.port.SessionStore;

/**
 * Binds {@link SessionStore} to an {@link InMemorySessionStore}, replacing the MapDB default of
 * {@link MapDbSessionStoreModule}. Also binds {@link InMemorySessionStore} itself.
 */
public final class InMemorySessionStoreModule extends AbstractModule {

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SessionStore.class)
                .setBinding()
                .to(InMemorySessionStore.class);
    }

    @Provides
    @Singleton
    InMemorySessionStore inMemorySessionStore() {
        return new InMemorySessionStore();
    }
}
