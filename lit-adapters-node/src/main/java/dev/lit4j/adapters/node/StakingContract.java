package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.internal.AbiSelector;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.Utils;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint128;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;

/**
 * The one call a client makes to a Datil Staking contract (client spec §8.2):
 * {@code getActiveUnkickedValidatorStructsAndCounts()}, which returns
 * {@code ((uint256 epochLength, uint256 number, uint256 endTime, uint256 retries, uint256 timeout),
 * uint256 minNodeCount, (uint32 ip, uint128 ipv6, uint32 port, address nodeAddress, uint256 reward,
 * uint256 senderPubKey, uint256 receiverPubKey)[])}. Stateless.
 */
final class StakingContract {
    /** The function's signature. */
    static final String FUNCTION = "getActiveUnkickedValidatorStructsAndCounts()";
    /** The call data: the first 4 bytes of keccak256 of {@link #FUNCTION}, {@code 0x}-prefixed. */
    static final String CALL_DATA = AbiSelector.of(FUNCTION);

    private static final int WORD_HEX = 64;

    // The epoch struct is static, so the ABI lays its five words out inline, exactly like five uint256s;
    // then come minNodeCount and the offset of the validator array.
    @SuppressWarnings("rawtypes")
    private static final List<TypeReference<Type>> HEAD = Utils.convert(List.of(
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {}));
    // one validator struct: (uint32 ip, uint128 ipv6, uint32 port, address nodeAddress, uint256 reward,
    // uint256 senderPubKey, uint256 receiverPubKey), all static, so seven words
    @SuppressWarnings("rawtypes")
    private static final List<TypeReference<Type>> VALIDATOR = Utils.convert(List.of(
            new TypeReference<Uint32>() {},
            new TypeReference<Uint128>() {},
            new TypeReference<Uint32>() {},
            new TypeReference<Address>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {},
            new TypeReference<Uint256>() {}));

    private static final int VALIDATOR_WORDS = 7;

    private StakingContract() {}

    /**
     * Decodes the contract's return data.
     *
     * @param returnData the {@code eth_call} result, {@code 0x} and hex
     * @throws MalformedAnswerException if it is empty, truncated or holds values out of range (a port
     *     outside 1..65535, a threshold of 0 or above the validator count, two validators at one address)
     */
    static ValidatorSet decode(String returnData) {
        String digits = returnData.startsWith("0x") ? returnData.substring(2) : returnData;
        if (digits.isEmpty()) {
            throw new MalformedAnswerException(
                    "the call returned no data; is there a Datil Staking contract at this" + " address on this chain?");
        }
        if (digits.length() % WORD_HEX != 0 || !Hex.isHexDigits(digits)) {
            throw new MalformedAnswerException(
                    "the return data is not a whole number of 32-byte words of hex: " + AnswerJson.quote(returnData));
        }
        List<?> head = decode(returnData, HEAD, "the head");
        StakingEpoch epoch = new StakingEpoch(
                uint(head, 0, "epochLength"),
                uint(head, 1, "epoch number"),
                uint(head, 2, "endTime"),
                uint(head, 3, "retries"),
                uint(head, 4, "timeout"));
        long minNodeCount = uint(head, 5, "minNodeCount");
        List<ValidatorSet.Validator> validators = validators(digits, uint(head, 6, "the validator array's offset"));
        if (minNodeCount < 1 || minNodeCount > validators.size()) {
            throw new MalformedAnswerException("the active validator set does not meet the threshold: minNodeCount is "
                    + minNodeCount + " for " + validators.size() + " validators");
        }
        return new ValidatorSet(epoch, (int) minNodeCount, validators);
    }

    // The validators are read struct by struct, because web3j 4.13 decodes a dynamic array of static
    // structs wrongly (every element comes out as a copy of the first).
    private static List<ValidatorSet.Validator> validators(String digits, long offset) {
        if (offset % 32 != 0 || offset > (digits.length() - WORD_HEX) / 2) {
            throw new MalformedAnswerException("the validator array's offset " + offset + " is not a word inside the "
                    + digits.length() / 2 + " bytes of return data");
        }
        int lengthAt = (int) offset * 2;
        long count = uint(
                decode(
                        "0x" + digits.substring(lengthAt, lengthAt + WORD_HEX),
                        HEAD.subList(0, 1),
                        "the validator count"),
                0,
                "the validator count");
        int first = lengthAt + WORD_HEX;
        int structHex = VALIDATOR_WORDS * WORD_HEX;
        if (count > (digits.length() - first) / structHex) {
            throw new MalformedAnswerException("the answer claims " + count + " validators but holds room for only "
                    + (digits.length() - first) / structHex);
        }
        List<ValidatorSet.Validator> validators = new ArrayList<>();
        Map<ValidatorSet.Validator, Integer> seen = new HashMap<>();
        for (int i = 0; i < count; i++) {
            int at = first + i * structHex;
            List<?> fields = decode("0x" + digits.substring(at, at + structHex), VALIDATOR, "validator " + i);
            long ip = ((Uint32) fields.get(0)).getValue().longValueExact();
            BigInteger port = ((Uint32) fields.get(2)).getValue();
            if (port.signum() <= 0 || port.compareTo(BigInteger.valueOf(65_535)) > 0) {
                throw new MalformedAnswerException("validator " + i + " has port " + port + ", outside 1..65535");
            }
            ValidatorSet.Validator validator = new ValidatorSet.Validator(ip, port.intValueExact());
            Integer earlier = seen.putIfAbsent(validator, i);
            if (earlier != null) {
                throw new MalformedAnswerException("validators " + earlier + " and " + i + " have the same address "
                        + validator.dottedQuad() + ":" + validator.port());
            }
            validators.add(validator);
        }
        return validators;
    }

    @SuppressWarnings("rawtypes")
    private static List<?> decode(String hex, List<TypeReference<Type>> types, String part) {
        try {
            List<?> values = FunctionReturnDecoder.decode(hex, types);
            if (values.size() != types.size()) {
                throw new MalformedAnswerException(
                        part + " decodes to " + values.size() + " values instead of " + types.size());
            }
            return values;
        } catch (RuntimeException e) {
            if (e instanceof MalformedAnswerException malformed) {
                throw malformed;
            }
            throw new MalformedAnswerException(
                    part + " of the return data does not decode as " + FUNCTION + "'s outputs ("
                            + e.getClass().getSimpleName() + ": " + e.getMessage() + ")",
                    e);
        }
    }

    private static long uint(List<?> values, int index, String name) {
        BigInteger value = ((Uint256) values.get(index)).getValue();
        if (value.bitLength() > 63) {
            throw new MalformedAnswerException(name + " is " + value + ", too large for this client");
        }
        return value.longValue();
    }
}
