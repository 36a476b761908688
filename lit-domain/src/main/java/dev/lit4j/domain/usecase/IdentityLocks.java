package dev.lit4j.domain.usecase;

import dev.lit4j.domain.session.SessionIdentity;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * One lock per session identity, held only while some thread uses it: work for one identity runs one
 * call at a time, work for different identities runs in parallel, and an identity nobody waits for
 * holds no memory.
 */
final class IdentityLocks {
    private final Map<SessionIdentity, Holder> locks = new ConcurrentHashMap<>();

    private static final class Holder {
        private final ReentrantLock lock = new ReentrantLock();
        private int users;
    }

    /** Runs {@code work} holding {@code identity}'s lock, and returns its result. */
    <T> T underLock(SessionIdentity identity, Supplier<T> work) {
        Holder holder = locks.compute(identity, (key, existing) -> {
            Holder h = existing == null ? new Holder() : existing;
            h.users++;
            return h;
        });
        holder.lock.lock();
        try {
            return work.get();
        } finally {
            holder.lock.unlock();
            locks.compute(identity, (key, existing) -> --existing.users == 0 ? null : existing);
        }
    }
}
