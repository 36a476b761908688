package dev.lit4j.domain.naga;

/**
 * What a Naga request is priced as: the product ids of the PriceFeed contract (operations spec §5.4). Each
 * node publishes one price per product; a session sig's {@code maxPrice} caps what the node may charge for it.
 */
public enum NagaProduct {
    /** {@code encryption/sign/v2}: id 0. */
    DECRYPTION(0),
    /** {@code pkp/sign/v2}: id 1. */
    SIGN(1),
    /** {@code execute/v2}: id 2. */
    LIT_ACTION(2),
    /** {@code sign_session_key/v2}: id 3. */
    SIGN_SESSION_KEY(3);

    private final int id;

    NagaProduct(int id) {
        this.id = id;
    }

    /** The PriceFeed product id. */
    public int id() {
        return id;
    }
}
