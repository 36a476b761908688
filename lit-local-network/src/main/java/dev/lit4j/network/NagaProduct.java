package dev.lit4j.network;

/**
 * What a Naga node charges for, with the PriceFeed contract's product ids (operations spec §5.4): one product per
 * {@code /v2} operation route.
 */
public enum NagaProduct {
    /** {@code /web/encryption/sign/v2}, product id 0. */
    DECRYPTION(0, "encryption_sign"),
    /** {@code /web/pkp/sign/v2}, product id 1. */
    SIGN(1, "pkp_sign"),
    /** {@code /web/execute/v2}, product id 2. */
    LIT_ACTION(2, "lit_action"),
    /** {@code /web/sign_session_key/v2}, product id 3. */
    SIGN_SESSION_KEY(3, "sign_session_key");

    private final int id;
    private final String scope;

    NagaProduct(int id, String scope) {
        this.id = id;
        this.scope = scope;
    }

    /** The PriceFeed product id. */
    public int id() {
        return id;
    }

    /** The payment-delegation scope that covers this product (operations spec §5.5), e.g. {@code pkp_sign}. */
    public String scope() {
        return scope;
    }
}
