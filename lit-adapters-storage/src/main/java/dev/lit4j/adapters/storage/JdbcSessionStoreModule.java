package dev.lit4j.adapters.storage;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.SessionStore;
import javax.sql.DataSource;

/**
 * Binds {@link SessionStore} to a {@link JdbcSessionStore} (PostgreSQL), replacing the MapDB default of
 * {@link MapDbSessionStoreModule}. Also binds {@link JdbcSessionStore} itself. The application binds the
 * {@link DataSource} (its connection pool); the table is created or migrated when the store is first
 * needed, not when the module is configured.
 */
public final class JdbcSessionStoreModule extends AbstractModule {
    private final String table;

    /** A module for the table {@value JdbcSessionStore#DEFAULT_TABLE}. */
    public JdbcSessionStoreModule() {
        this(JdbcSessionStore.DEFAULT_TABLE);
    }

    /** @param table the table to keep entries in; see {@link JdbcSessionStore#JdbcSessionStore(DataSource, String)} */
    public JdbcSessionStoreModule(String table) {
        this.table = InvalidInputException.requireNonNull("table", table);
    }

    @Override
    protected void configure() {
        OptionalBinder.newOptionalBinder(binder(), SessionStore.class)
                .setBinding()
                .to(JdbcSessionStore.class);
    }

    @Provides
    @Singleton
    JdbcSessionStore jdbcSessionStore(DataSource dataSource) {
        return new JdbcSessionStore(dataSource, table);
    }
}
