package dev.lit4j.adapters.node;

import dev.lit4j.domain.codec.Hex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.Utils;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint128;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.crypto.Hash;

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
    static final String CALL_DATA = Hex.encode0x(selector());

    private static final int WORD_HEX = 64;

    // The epoch struct is static, so the ABI lays its five words out inline, exactly like five uint256s.
    // It is read that way because web3j 4.13 misplaces the offset of a dynamic array that follows a
    // static struct (it decodes the validators from the wrong words).
    @SuppressWarnings("rawtypes")
    private static final List<TypeReference<Type>> OUTPUTS = Utils.convert(List.of(
            new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { },
            new TypeReference<Uint256>() { }, new TypeReference<Uint256>() { },
            new TypeReference<Uint256>() { },
            new TypeReference<DynamicArray<ValidatorStruct>>() { }));

    private StakingContract() {
    }

    /** A validator struct, as web3j decodes it; only the address fields are used. */
    public static final class ValidatorStruct extends StaticStruct {
        final long ip;
        final BigInteger port;

        public ValidatorStruct(Uint32 ip, Uint128 ipv6, Uint32 port, Address nodeAddress, Uint256 reward,
                Uint256 senderPubKey, Uint256 receiverPubKey) {
            super(ip, ipv6, port, nodeAddress, reward, senderPubKey, receiverPubKey);
            this.ip = ip.getValue().longValueExact();
            this.port = port.getValue();
        }
    }

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
            throw new MalformedAnswerException("the call returned no data; is there a Datil Staking contract at this"
                    + " address on this chain?");
        }
        if (digits.length() % WORD_HEX != 0 || !Hex.isHexDigits(digits)) {
            throw new MalformedAnswerException("the return data is not a whole number of 32-byte words of hex: "
                    + AnswerJson.quote(returnData));
        }
        List<?> values;
        try {
            values = FunctionReturnDecoder.decode(returnData, OUTPUTS);
        } catch (RuntimeException e) {
            throw new MalformedAnswerException("the return data does not decode as " + FUNCTION + "'s outputs ("
                    + e.getClass().getSimpleName() + ": " + e.getMessage() + ")", e);
        }
        if (values.size() != 7) {
            throw new MalformedAnswerException("the return data decodes to " + values.size()
                    + " values instead of 7 (epoch, minNodeCount, validators)");
        }
        StakingEpoch epoch = new StakingEpoch(uint(values, 0, "epochLength"), uint(values, 1, "epoch number"),
                uint(values, 2, "endTime"), uint(values, 3, "retries"), uint(values, 4, "timeout"));
        long minNodeCount = uint(values, 5, "minNodeCount");
        @SuppressWarnings("unchecked")
        List<ValidatorStruct> structs = ((DynamicArray<ValidatorStruct>) values.get(6)).getValue();
        List<ValidatorSet.Validator> validators = validators(structs);
        if (minNodeCount < 1 || minNodeCount > validators.size()) {
            throw new MalformedAnswerException("the active validator set does not meet the threshold: minNodeCount is "
                    + minNodeCount + " for " + validators.size() + " validators");
        }
        return new ValidatorSet(epoch, (int) minNodeCount, validators);
    }

    private static List<ValidatorSet.Validator> validators(List<ValidatorStruct> structs) {
        List<ValidatorSet.Validator> validators = new ArrayList<>();
        Map<ValidatorSet.Validator, Integer> seen = new HashMap<>();
        for (int i = 0; i < structs.size(); i++) {
            ValidatorStruct struct = structs.get(i);
            if (struct.port.signum() <= 0 || struct.port.compareTo(BigInteger.valueOf(65_535)) > 0) {
                throw new MalformedAnswerException("validator " + i + " has port " + struct.port
                        + ", outside 1..65535");
            }
            ValidatorSet.Validator validator = new ValidatorSet.Validator(struct.ip, struct.port.intValueExact());
            Integer earlier = seen.putIfAbsent(validator, i);
            if (earlier != null) {
                throw new MalformedAnswerException("validators " + earlier + " and " + i + " have the same address "
                        + validator.dottedQuad() + ":" + validator.port());
            }
            validators.add(validator);
        }
        return validators;
    }

    private static long uint(List<?> values, int index, String name) {
        BigInteger value = ((Uint256) values.get(index)).getValue();
        if (value.bitLength() > 63) {
            throw new MalformedAnswerException(name + " is " + value + ", too large for this client");
        }
        return value.longValue();
    }

    private static byte[] selector() {
        byte[] hash = Hash.sha3(FUNCTION.getBytes(StandardCharsets.US_ASCII));
        return new byte[] {hash[0], hash[1], hash[2], hash[3]};
    }
}
