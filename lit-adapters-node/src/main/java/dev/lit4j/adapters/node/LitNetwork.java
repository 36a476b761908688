package dev.lit4j.adapters.node;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Lit networks of the Datil era (client spec §8.1) and {@link #CUSTOM}.
 *
 * <p>On a Datil network the node URLs and the threshold are read from its Staking contract on Chronicle
 * Yellowstone (§8.2); a custom network is given its node URLs.
 */
public enum LitNetwork {
    /** The centralised development network; attestation is not required. */
    DATIL_DEV("datil-dev", "0xD4507CD392Af2c80919219d7896508728f6A623F", false),
    /** The decentralised test network; the spec requires SEV-SNP attestation. */
    DATIL_TEST("datil-test", "0xdec37933239846834b3BfD408913Ed3dbEf6588F", true),
    /** The Datil mainnet; the spec requires SEV-SNP attestation. */
    DATIL("datil", "0x21d636d95eE71150c0c3Ffa79268c989a329d1CE", true),
    /** Nodes at explicit URLs, e.g. a {@code LocalLitNetwork}; attestation is off unless asked for. */
    CUSTOM("custom", null, false);

    /** The chain id of Chronicle Yellowstone, where the Datil contracts live. */
    public static final long CHRONICLE_YELLOWSTONE_CHAIN_ID = 175_188L;
    /** The public JSON-RPC endpoint of Chronicle Yellowstone. */
    public static final URI CHRONICLE_YELLOWSTONE_RPC = URI.create("https://yellowstone-rpc.litprotocol.com");

    private final String wireName;
    private final EthAddress stakingContract;
    private final boolean attestationRequired;

    LitNetwork(String wireName, String stakingContract, boolean attestationRequired) {
        this.wireName = wireName;
        this.stakingContract = stakingContract == null ? null : new EthAddress(stakingContract);
        this.attestationRequired = attestationRequired;
    }

    /** The JS SDK's name for the network, e.g. {@code datil-dev}. */
    public String wireName() {
        return wireName;
    }

    /** The Staking contract on Chronicle Yellowstone; empty for {@link #CUSTOM}. */
    public Optional<EthAddress> stakingContract() {
        return Optional.ofNullable(stakingContract);
    }

    /** Whether client spec §8.1 requires the nodes' SEV-SNP attestation to be checked. */
    public boolean attestationRequired() {
        return attestationRequired;
    }

    /** The scheme of a node URL whose port is not 443 ({@code HTTP_BY_NETWORK}): https on Datil, http otherwise. */
    String defaultNodeScheme() {
        return this == CUSTOM ? "http" : "https";
    }

    /**
     * The network named {@code wireName}, e.g. {@code datil-test}.
     *
     * @throws InvalidInputException naming {@code network} if no network has that name
     */
    public static LitNetwork fromWireName(String wireName) {
        InvalidInputException.requireNonNull("network", wireName);
        return Arrays.stream(values())
                .filter(n -> n.wireName.equals(wireName))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException(
                        "network",
                        "unknown network \"" + wireName
                                + "\"; expected one of "
                                + Arrays.stream(values())
                                        .map(LitNetwork::wireName)
                                        .collect(Collectors.joining(", "))));
    }
}
