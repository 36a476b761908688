package dev.lit4j.network.pkp;

/** What a permitted auth method may have a PKP sign ({@code AUTH_METHOD_SCOPE}). */
public enum AuthMethodScope {
    /** Scope 0: nothing. */
    NO_PERMISSIONS(0),
    /** Scope 1: any message. */
    SIGN_ANYTHING(1),
    /** Scope 2: EIP-191 personal messages, which includes session keys. */
    PERSONAL_SIGN(2);

    private final int value;

    AuthMethodScope(int value) {
        this.value = value;
    }

    /** The scope number on chain. */
    public int value() {
        return value;
    }
}
