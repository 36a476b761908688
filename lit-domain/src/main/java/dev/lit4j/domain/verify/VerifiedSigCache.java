package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A bounded memory of signature checks already done, for a {@link SessionSigVerifier} that sees the same
 * session sigs again and again (a client sends the same session sig with every request until it expires).
 *
 * <p>It remembers, per exact AuthSig (every field, byte for byte), what does not depend on the time or on
 * the request: for a session sig, whether its Ed25519 signature verifies and its parsed message; for a
 * capability, its parsed SIWE, whether its signature verifies and its decoded ReCaps. The time rules, the
 * node address, the URI binding and the ReCap grant are checked on every verification, so a cached entry
 * never turns an expired, misdirected or insufficient session sig into a valid one. An entry is dropped
 * once what it describes has expired (a capability's SIWE {@code Expiration Time}; a session sig's
 * {@code expiration} plus the 60-second grace), and the least recently used entry is dropped when the cache
 * is full.
 *
 * <p>An entry holds the AuthSig's text, so its size is about that of the AuthSig: some 2 to 4 KB for a
 * session sig carrying two capabilities, 1 to 2 KB for a capability. Thread-safe: one lock guards the map,
 * held only to look up, store or drop an entry, never while verifying.
 */
public final class VerifiedSigCache {
    private final int maxEntries;
    private final Map<Object, Entry> entries;
    private long hits;
    private long misses;

    /**
     * @param maxEntries how many checks to remember, at least 1
     * @throws InvalidInputException if {@code maxEntries} is less than 1
     */
    public VerifiedSigCache(int maxEntries) {
        if (maxEntries < 1) {
            throw new InvalidInputException("maxEntries", "must be at least 1, got " + maxEntries);
        }
        this.maxEntries = maxEntries;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<Object, Entry> eldest) {
                return size() > VerifiedSigCache.this.maxEntries;
            }
        };
    }

    /** The most entries kept. */
    public int maxEntries() {
        return maxEntries;
    }

    /** How many entries are kept now. */
    public synchronized int size() {
        return entries.size();
    }

    /** How many look-ups found a live entry since creation or {@link #clear()}. */
    public synchronized long hits() {
        return hits;
    }

    /** How many look-ups found none (or only an expired one) since creation or {@link #clear()}. */
    public synchronized long misses() {
        return misses;
    }

    /** Forgets every entry and resets the counters. */
    public synchronized void clear() {
        entries.clear();
        hits = 0;
        misses = 0;
    }

    /**
     * A value this cache can hold: it knows when it stops describing anything usable. Keys and entries
     * are the caller's own types (records), so different callers sharing a cache never collide.
     */
    public interface Entry {
        /** The instant after which the entry is dropped, or null to keep it until it is the least used. */
        @Nullable
        Instant evictAfter();
    }

    /** The live entry under {@code key} at {@code now}, or null; an expired one is dropped. */
    public synchronized <T extends Entry> @Nullable T get(Object key, Instant now, Class<T> type) {
        Entry entry = entries.get(key);
        if (entry != null && entry.evictAfter() != null && now.isAfter(entry.evictAfter())) {
            entries.remove(key);
            entry = null;
        }
        if (entry == null) {
            misses++;
            return null;
        }
        hits++;
        return type.cast(entry);
    }

    /** Stores {@code entry} under {@code key}, unless it has already expired at {@code now}. */
    public synchronized void put(Object key, Entry entry, Instant now) {
        if (entry.evictAfter() == null || !now.isAfter(entry.evictAfter())) {
            entries.put(key, entry);
        }
    }
}
