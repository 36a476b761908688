package dev.lit4j.adapters.storage;

import dev.lit4j.domain.session.SessionIdentity;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session store in this process's memory: for tests, and for servers that may lose their sessions on
 * restart. Entries are kept in their stored form, so this store behaves exactly as the durable ones do
 * (and can be wrapped by {@link EncryptingSessionStore}). Thread-safe; create-once within the process.
 */
public final class InMemorySessionStore extends EntrySessionStore {
    private final Map<SessionIdentity, Map<String, byte[]>> entries = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemorySessionStore() {}

    @Override
    protected Optional<byte[]> read(SessionEntryKey key) {
        Map<String, byte[]> ofIdentity = entries.get(key.identity());
        return ofIdentity == null ? Optional.empty() : Optional.ofNullable(ofIdentity.get(key.name()));
    }

    @Override
    protected byte[] insertIfAbsent(SessionEntryKey key, byte[] value) {
        byte[] existing = ofIdentity(key.identity()).putIfAbsent(key.name(), value);
        return existing == null ? value : existing;
    }

    @Override
    protected void write(SessionEntryKey key, byte[] value) {
        ofIdentity(key.identity()).put(key.name(), value);
    }

    @Override
    protected void delete(SessionIdentity identity) {
        entries.remove(identity);
    }

    @Override
    protected void deleteAll() {
        entries.clear();
    }

    private Map<String, byte[]> ofIdentity(SessionIdentity identity) {
        return entries.computeIfAbsent(identity, ignored -> new ConcurrentHashMap<>());
    }
}
