package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionPublicKey;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The name of one entry of an {@link EntrySessionStore}: an identity's session key, or the AuthSig
 * that delegates to one of its session keys.
 *
 * @param identity whose entry it is
 * @param name {@value #SESSION_KEY}, or {@value #AUTH_SIG_PREFIX} followed by the session public key's
 *     64 lowercase hex digits
 */
public record SessionEntryKey(SessionIdentity identity, String name) {

    /** The name of an identity's session-key entry. */
    public static final String SESSION_KEY = "session-key";
    /** The prefix of the name of an AuthSig entry; the session public key's hex follows. */
    public static final String AUTH_SIG_PREFIX = "auth-sig-";

    private static final Pattern NAME = Pattern.compile("session-key|auth-sig-[0-9a-f]{64}");

    public SessionEntryKey {
        InvalidInputException.requireNonNull("entry.identity", identity);
        InvalidInputException.requireNonNull("entry.name", name);
        if (!NAME.matcher(name).matches()) {
            throw new InvalidInputException(
                    "entry.name",
                    "expected \"session-key\" or \"auth-sig-\" followed by 64" + " lowercase hex digits, got \"" + name
                            + "\"");
        }
    }

    /** The entry holding the session key of {@code identity}. */
    public static SessionEntryKey sessionKey(SessionIdentity identity) {
        return new SessionEntryKey(identity, SESSION_KEY);
    }

    /** The entry holding the AuthSig of {@code identity} that delegates to {@code sessionKey}. */
    public static SessionEntryKey authSig(SessionIdentity identity, SessionPublicKey sessionKey) {
        InvalidInputException.requireNonNull("sessionKey", sessionKey);
        return new SessionEntryKey(identity, AUTH_SIG_PREFIX + sessionKey.hex());
    }

    /** True if {@code name} is the name of an entry: {@value #SESSION_KEY} or an AuthSig entry name. */
    public static boolean isEntryName(String name) {
        return NAME.matcher(name).matches();
    }

    /** The session key an AuthSig entry is for; empty for the session-key entry. */
    public Optional<SessionPublicKey> authSigSessionKey() {
        return name.startsWith(AUTH_SIG_PREFIX)
                ? Optional.of(new SessionPublicKey(name.substring(AUTH_SIG_PREFIX.length())))
                : Optional.empty();
    }

    /** E.g. {@code session-key of wallet:0xf39F…2266}: how messages name the entry. */
    @Override
    public String toString() {
        return name + " of " + identity.key();
    }
}
