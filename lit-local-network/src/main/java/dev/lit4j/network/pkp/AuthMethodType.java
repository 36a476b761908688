package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;

/**
 * An auth method type number, as PKP permissions store it ({@code AUTH_METHOD_TYPE}, client spec §7.10).
 *
 * @param value the type number
 */
public record AuthMethodType(int value) {
    /** {@code EthWallet}: an EOA's AuthSig. */
    public static final AuthMethodType ETH_WALLET = new AuthMethodType(1);
    /** {@code LitAction}: a Lit Action, identified by its IPFS CID. */
    public static final AuthMethodType LIT_ACTION = new AuthMethodType(2);

    public AuthMethodType {
        if (value < 0) {
            throw new InvalidInputException("authMethodType", "must be >= 0, got " + value);
        }
    }
}
