package dev.lit4j.network.chain;

import dev.lit4j.domain.ethereum.EthAddress;
import java.util.Optional;

/**
 * A contract of the local chain that answers {@code eth_call}: its address and the return data of the view
 * functions it has.
 */
public interface ContractView {
    /** Where the contract is deployed. */
    EthAddress address();

    /**
     * The return data ({@code 0x} and lowercase hex) of a call with {@code callData} ({@code 0x} and lowercase
     * hex), or empty if the contract has no such function; the caller then answers a revert naming
     * {@link #functions()}.
     *
     * @throws ContractRevert if the function exists but reverts for these arguments
     */
    Optional<String> call(String callData);

    /** The signatures of the functions {@link #call} answers, for an error message. */
    String functions();
}
