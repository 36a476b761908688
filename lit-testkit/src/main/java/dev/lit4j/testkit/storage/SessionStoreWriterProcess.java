package dev.lit4j.testkit.storage;

import dev.lit4j.domain.port.SessionStore;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.StoredAuthSig;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The child JVM of {@link DurableSessionStoreContract}'s crash test: opens a store and writes in a loop,
 * printing one line per write only after the store has returned from it, until it is killed (or, at the
 * latest, after {@value #MAX_WRITES} writes or one minute).
 *
 * <p>Arguments: the {@link SessionStoreOpener} class name, the store location, and a round name that
 * makes this run's identities distinct. Output lines: {@code key <n> <session public key hex> .} once
 * the session key of {@link #identity identity n} is stored, and {@code sig <n> .} once its AuthSig
 * ({@link SessionStoreSamples#numberedAuthSig}) is. The final {@code .} tells a whole line from one the
 * kill cut short.
 */
public final class SessionStoreWriterProcess {
    static final int MAX_WRITES = 100_000;
    static final Instant EXPIRATION = Instant.parse("2100-01-01T00:00:00Z");

    private SessionStoreWriterProcess() {}

    /**
     * Runs the loop.
     *
     * @param args opener class name, store location, round name
     * @throws Exception if the store cannot be opened or a write fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: SessionStoreWriterProcess <opener class> <location> <round>");
        }
        SessionStoreOpener<?> opener =
                (SessionStoreOpener<?>) Class.forName(args[0]).getConstructor().newInstance();
        SessionStore store = opener.open(Path.of(args[1]));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        Instant deadline = Instant.now().plus(Duration.ofMinutes(1));
        for (int n = 0; n < MAX_WRITES && Instant.now().isBefore(deadline); n++) {
            SessionIdentity identity = identity(args[2], n);
            SessionKeyPair key = store.sessionKey(identity, SessionKeyPair::generate);
            out.println("key " + n + " " + key.publicKey().hex() + " .");
            store.putAuthSig(
                    identity,
                    key.publicKey(),
                    new StoredAuthSig(SessionStoreSamples.numberedAuthSig(n, key.publicKey()), EXPIRATION));
            out.println("sig " + n + " .");
        }
    }

    /** The identity written in step {@code n} of round {@code round}. */
    static SessionIdentity identity(String round, int n) {
        return new SessionIdentity(SessionIdentity.Kind.CUSTOM, "writer-" + round + "-" + n);
    }
}
