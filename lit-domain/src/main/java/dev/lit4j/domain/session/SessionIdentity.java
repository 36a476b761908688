package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidInputException;

/**
 * Who a session belongs to: the wallet, PKP or Lit Action whose AuthSig delegates to the session key.
 * Session keys and AuthSigs are cached per identity, never in one global slot.
 *
 * @param kind what sort of identity
 * @param id the identity within its kind: a checksummed address, a PKP public key in lowercase hex
 *     (followed by {@code .auth-<fingerprint>} of its auth methods, if any), a Lit Action IPFS CID, or any
 *     caller-chosen name for {@link Kind#CUSTOM}; a session requested with a Lit Action adds
 *     {@code .action-<fingerprint>} of the action and its {@code jsParams}
 */
public record SessionIdentity(Kind kind, String id) {

    /** The sorts of identity. Each carries its wire-stable name, used in storage keys. */
    public enum Kind {
        /** An Ethereum account (EOA or HSM key): the id is its EIP-55 address. */
        WALLET("wallet"),
        /**
         * A PKP: the id is its uncompressed public key, lowercase hex without 0x, and the fingerprint of the
         * auth methods it is used with.
         */
        PKP("pkp"),
        /** A custom-auth Lit Action: the id is its IPFS CID. */
        LIT_ACTION("lit-action"),
        /** Anything else a caller authenticates with, named by the caller. */
        CUSTOM("custom");

        private final String wireName;

        Kind(String wireName) {
            this.wireName = wireName;
        }

        /** The stable name of this kind, as used in storage keys. */
        public String wireName() {
            return wireName;
        }

        /** The kind whose {@link #wireName()} is {@code name}. */
        public static Kind fromWireName(String name) {
            for (Kind kind : values()) {
                if (kind.wireName.equals(name)) {
                    return kind;
                }
            }
            throw new InvalidInputException(
                    "identity.kind", "unknown kind \"" + name + "\"; expected wallet, pkp, lit-action or custom");
        }
    }

    public SessionIdentity {
        InvalidInputException.requireNonNull("identity.kind", kind);
        InvalidInputException.requireNonNull("identity.id", id);
        if (id.isBlank()
                || id.indexOf(':') >= 0
                || id.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            throw new InvalidInputException(
                    "identity.id",
                    "must be non-empty, without ':', white space or control" + " characters, got \""
                            + id.replaceAll("\\p{Cntrl}", "?") + "\"");
        }
    }

    /**
     * The identity's storage key, {@code <kind>:<id>}, e.g. {@code wallet:0xf39F…2266}.
     * {@link #parseKey} reads it back.
     */
    public String key() {
        return kind.wireName() + ":" + id;
    }

    /** Parses a {@link #key()}. */
    public static SessionIdentity parseKey(String key) {
        InvalidInputException.requireNonNull("identity", key);
        int colon = key.indexOf(':');
        if (colon <= 0) {
            throw new InvalidInputException("identity", "expected <kind>:<id>, got \"" + key + "\"");
        }
        return new SessionIdentity(Kind.fromWireName(key.substring(0, colon)), key.substring(colon + 1));
    }

    @Override
    public String toString() {
        return key();
    }
}
