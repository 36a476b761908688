package dev.lit4j.network.chain;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.AbiSelector;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The Naga Staking contract's view that a JS SDK 8 client reads to find the nodes (client spec §8.2, Naga
 * form): {@code getActiveUnkickedValidatorStructsAndCounts(uint256 realmId)}, answered for realm
 * {@link #REALM_ID} with the local network's nodes.
 *
 * <p>It returns {@code (Epoch, uint256 minNodeCount, Validator[])} with Naga's wider structs
 * ({@code LibStakingStorage}, as {@code @lit-protocol/contracts} 0.9.1 declares them): the epoch has nine
 * words ({@code epochLength, number, rewardEpochNumber, nextRewardEpochNumber, endTime, retries, timeout,
 * startTime, lastAdvanceVoteTime}; older ABIs had eight, without the last) and a validator eighteen (ip, ipv6, port,
 * nodeAddress, then fourteen reward/delegation fields, zero here, the operator address, and a bool). The
 * local network has one epoch, {@link StakingContractView#EPOCH_NUMBER}, as the Datil view.
 *
 * @param staking the epoch start, threshold and validators, as the Datil view of the same network has them
 */
public record NagaStakingView(StakingContractView staking) implements ContractView {
    /**
     * Where the SDK 8 {@code nagaLocal} network module looks for the Staking contract: the address in its
     * generated {@code naga-develop} signatures ({@code @lit-protocol/networks} 8.4.1).
     */
    public static final EthAddress ADDRESS = new EthAddress("0xa82fF9aFd8f496c3d6ac40E2a0F282E47488CFc9");
    /** The only realm; the SDK's Naga networks ask for realm 1. */
    public static final BigInteger REALM_ID = BigInteger.ONE;
    /** The view's signature. */
    public static final String FUNCTION = "getActiveUnkickedValidatorStructsAndCounts(uint256)";
    /** Its selector. */
    public static final String SELECTOR = AbiSelector.of(FUNCTION);

    private static final int HEAD_WORDS = 11;
    private static final int VALIDATOR_WORDS = 18;

    public NagaStakingView {
        InvalidInputException.requireNonNull("staking", staking);
    }

    @Override
    public EthAddress address() {
        return ADDRESS;
    }

    @Override
    public String functions() {
        return FUNCTION;
    }

    @Override
    public Optional<String> call(String callData) {
        return AbiWords.arguments(callData, SELECTOR, FUNCTION).map(arguments -> {
            if (arguments.size() != 1) {
                throw new ContractRevert(
                        "execution reverted: " + FUNCTION + " takes 1 argument word, got " + arguments.size());
            }
            requireRealm(arguments.get(0));
            return returnData();
        });
    }

    /** The view's return data for realm {@link #REALM_ID}, {@code 0x} and lowercase hex. */
    public String returnData() {
        StringBuilder out = new StringBuilder("0x");
        long start = staking.epochStart().getEpochSecond();
        long endTime = start + StakingContractView.EPOCH_LENGTH_SECONDS;
        AbiWords.word(out, StakingContractView.EPOCH_LENGTH_SECONDS);
        AbiWords.word(out, StakingContractView.EPOCH_NUMBER);
        AbiWords.word(out, 0);
        AbiWords.word(out, 0);
        AbiWords.word(out, endTime);
        AbiWords.word(out, 0);
        AbiWords.word(out, StakingContractView.EPOCH_TIMEOUT_SECONDS);
        AbiWords.word(out, start);
        AbiWords.word(out, start);
        AbiWords.word(out, staking.minNodeCount());
        AbiWords.word(out, HEAD_WORDS * 32L);
        AbiWords.word(out, staking.validators().size());
        staking.validators().forEach(validator -> validatorWords(out, validator));
        return out.toString();
    }

    /** Appends {@code validator} as Naga's eighteen-word {@code LibStakingStorage.Validator}. */
    static void validatorWords(StringBuilder out, StakingContractView.Validator validator) {
        AbiWords.word(out, validator.ipv4());
        AbiWords.word(out, 0);
        AbiWords.word(out, validator.port());
        AbiWords.word(out, validator.nodeAddress());
        for (int i = 4; i < VALIDATOR_WORDS - 3; i++) {
            AbiWords.word(out, 0);
        }
        AbiWords.word(out, validator.nodeAddress());
        AbiWords.word(out, 0);
        AbiWords.word(out, 0);
    }

    /** Reverts unless {@code realmId} is {@link #REALM_ID}. */
    static void requireRealm(BigInteger realmId) {
        if (!REALM_ID.equals(realmId)) {
            throw new ContractRevert(
                    "execution reverted: the local network has only realm " + REALM_ID + ", not realm " + realmId);
        }
    }
}
