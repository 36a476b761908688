package dev.lit4j.adapters.node.internal;

import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A transport's connection to its nodes, made on first use and replaced when it is no longer usable: readers
 * take the current one without waiting, and one thread at a time makes a new one while the others wait for it
 * rather than handshaking too.
 *
 * @param <C> what a connection holds
 */
public final class LazyConnection<C> {
    private final ReentrantLock lock = new ReentrantLock();
    private volatile @Nullable C current;

    /** The connection made last, or null before the first. */
    public @Nullable C peek() {
        return current;
    }

    /**
     * The current connection if {@code usable} accepts it; otherwise, under the lock (and after checking again),
     * the one {@code connect} makes from the one held, which is null before the first. What {@code connect}
     * throws reaches the caller and leaves the held connection as it was.
     */
    public C get(Predicate<C> usable, UnaryOperator<@Nullable C> connect) {
        C known = current;
        if (known != null && usable.test(known)) {
            return known;
        }
        lock.lock();
        try {
            known = current;
            if (known != null && usable.test(known)) {
                return known;
            }
            C made = connect.apply(known);
            current = made;
            return made;
        } finally {
            lock.unlock();
        }
    }

    /** A new connection from {@code connect} now, whatever is held; a failure keeps the held one. */
    public C replace(Supplier<C> connect) {
        lock.lock();
        try {
            C made = connect.get();
            current = made;
            return made;
        } finally {
            lock.unlock();
        }
    }
}
