package dev.lit4j.network.chain;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.AbiSelector;
import java.time.Instant;
import java.util.List;

/**
 * The one view of a Datil Staking contract that clients read to find a network (client spec §8.2):
 * {@code getActiveUnkickedValidatorStructsAndCounts()}, answered for the local network's nodes.
 *
 * <p>It returns {@code ((uint256 epochLength, uint256 number, uint256 endTime, uint256 retries,
 * uint256 timeout), uint256 minNodeCount, (uint32 ip, uint128 ipv6, uint32 port, address nodeAddress,
 * uint256 reward, uint256 senderPubKey, uint256 receiverPubKey)[])}, ABI-encoded: the static epoch tuple's
 * five words inline, the threshold, the array's offset, then the array's length and seven words per
 * validator. The local network has one epoch, number 1, beginning when the chain's first block was mined.
 *
 * @param epochStart when the single epoch began (whole seconds)
 * @param minNodeCount the threshold, 1..validators
 * @param validators the nodes, in node order
 */
public record StakingContractView(Instant epochStart, int minNodeCount, List<Validator> validators) {
    /**
     * Where the JS SDK's {@code custom} network looks for the Staking contract when it is given no contract
     * context: it takes Datil-dev's contract addresses ({@code @lit-protocol/contracts} 0.0.74, which SDK 7.4
     * bundles), so the local chain serves the view at this address.
     */
    public static final EthAddress ADDRESS = new EthAddress("0xD4507CD392Af2c80919219d7896508728f6A623F");
    /** The view's signature. */
    public static final String FUNCTION = "getActiveUnkickedValidatorStructsAndCounts()";
    /** Its call data: the first 4 bytes of keccak256 of {@link #FUNCTION}, {@code 0x} and lowercase hex. */
    public static final String SELECTOR = AbiSelector.of(FUNCTION);
    /** The epoch's length. */
    public static final long EPOCH_LENGTH_SECONDS = 3_600;
    /** The epoch's number: the local network never changes epoch. */
    public static final long EPOCH_NUMBER = 1;
    /** How long a node waits for its peers in a round, as the epoch tuple's {@code timeout}. */
    public static final long EPOCH_TIMEOUT_SECONDS = 60;

    private static final int VALIDATOR_WORDS = 7;
    private static final int HEAD_WORDS = 7;

    /**
     * A validator as the contract lists it.
     *
     * @param ipv4 the IPv4 address as an unsigned 32-bit number, most significant byte first
     * @param port 1..65535
     * @param nodeAddress the node's staker address
     */
    public record Validator(long ipv4, int port, EthAddress nodeAddress) {
        /** 127.0.0.1 as {@link #ipv4}. */
        public static final long LOOPBACK = 0x7F00_0001L;

        public Validator {
            if (ipv4 < 0 || ipv4 > 0xFFFF_FFFFL) {
                throw new InvalidInputException("validator.ipv4", "must be an unsigned 32-bit number, got " + ipv4);
            }
            if (port < 1 || port > 65_535) {
                throw new InvalidInputException("validator.port", "must be 1..65535, got " + port);
            }
            InvalidInputException.requireNonNull("validator.nodeAddress", nodeAddress);
        }
    }

    public StakingContractView {
        InvalidInputException.requireNonNull("epochStart", epochStart);
        InvalidInputException.requireNonNull("validators", validators);
        validators = List.copyOf(validators);
        if (validators.isEmpty()) {
            throw new InvalidInputException("validators", "a network has at least one validator");
        }
        if (minNodeCount < 1 || minNodeCount > validators.size()) {
            throw new InvalidInputException(
                    "minNodeCount", "must be 1.." + validators.size() + ", got " + minNodeCount);
        }
    }

    /** The view's return data, {@code 0x} and lowercase hex. */
    public String returnData() {
        StringBuilder out = new StringBuilder(2 + 64 * (HEAD_WORDS + 1 + VALIDATOR_WORDS * validators.size()));
        out.append("0x");
        AbiWords.word(out, EPOCH_LENGTH_SECONDS);
        AbiWords.word(out, EPOCH_NUMBER);
        AbiWords.word(out, epochStart.getEpochSecond() + EPOCH_LENGTH_SECONDS);
        AbiWords.word(out, 0);
        AbiWords.word(out, EPOCH_TIMEOUT_SECONDS);
        AbiWords.word(out, minNodeCount);
        AbiWords.word(out, HEAD_WORDS * 32L);
        AbiWords.word(out, validators.size());
        for (Validator validator : validators) {
            AbiWords.word(out, validator.ipv4());
            AbiWords.word(out, 0);
            AbiWords.word(out, validator.port());
            AbiWords.word(out, validator.nodeAddress());
            AbiWords.word(out, 0);
            AbiWords.word(out, 0);
            AbiWords.word(out, 0);
        }
        return out.toString();
    }
}
