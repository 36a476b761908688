package dev.lit4j.network.chain;

import dev.lit4j.domain.LitException;

/** A contract view function reverted; the message is the revert reason. */
public final class ContractRevert extends LitException {
    private static final long serialVersionUID = 1L;

    /** A revert with {@code reason}. */
    public ContractRevert(String reason) {
        super(reason);
    }
}
