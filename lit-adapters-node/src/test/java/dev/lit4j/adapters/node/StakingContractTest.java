package dev.lit4j.adapters.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.adapters.node.internal.MalformedAnswerException;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.DynamicArray;
import org.web3j.abi.datatypes.StaticStruct;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Uint128;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint32;
import org.web3j.crypto.Hash;

/**
 * Decoding the Staking contract's answer (client spec §8.2) from recorded responses, which are built here
 * since no live answer could be captured: three validators, one on port 443.
 */
class StakingContractTest {
    static final StakingEpoch EPOCH = new StakingEpoch(3600, 31_316, 1_737_000_000L, 0, 60);
    static final List<StakingAnswer.Validator> VALIDATORS = List.of(
            new StakingAnswer.Validator(
                    StakingAnswer.ip(15, 235, 83, 220), 7470, "1111111111111111111111111111111111111111", 1, 2),
            new StakingAnswer.Validator(
                    StakingAnswer.ip(51, 255, 59, 58), 443, "2222222222222222222222222222222222222222", 3, 4),
            new StakingAnswer.Validator(
                    StakingAnswer.ip(127, 0, 0, 1), 7472, "3333333333333333333333333333333333333333", 5, 6));
    static final String RECORDED = StakingAnswer.encode(EPOCH, 2, VALIDATORS);

    /** The epoch tuple for web3j's encoder, which writes a static struct's fields inline. */
    public static final class EpochStruct extends StaticStruct {
        public EpochStruct(Uint256 epochLength, Uint256 number, Uint256 endTime, Uint256 retries, Uint256 timeout) {
            super(epochLength, number, endTime, retries, timeout);
        }
    }

    /** A validator tuple for web3j's encoder. */
    public static final class ValidatorStruct extends StaticStruct {
        public ValidatorStruct(
                Uint32 ip,
                Uint128 ipv6,
                Uint32 port,
                Address nodeAddress,
                Uint256 reward,
                Uint256 senderPubKey,
                Uint256 receiverPubKey) {
            super(ip, ipv6, port, nodeAddress, reward, senderPubKey, receiverPubKey);
        }
    }

    @Test
    void theCallDataIsTheFunctionSelector() {
        assertEquals("0xc51d020e", StakingContract.CALL_DATA);
        byte[] keccak = Hash.sha3("getActiveUnkickedValidatorStructsAndCounts()".getBytes(StandardCharsets.US_ASCII));
        assertEquals(Hex.encode0x(Arrays.copyOf(keccak, 4)), StakingContract.CALL_DATA);
    }

    @Test
    @SuppressWarnings("rawtypes") // web3j's FunctionEncoder takes a List of raw Type
    void theRecordedAnswerIsWhatWeb3jsAbiEncoderWrites() {
        List<ValidatorStruct> structs = VALIDATORS.stream()
                .map(v -> new ValidatorStruct(
                        new Uint32(v.ip()),
                        new Uint128(0),
                        new Uint32(v.port()),
                        new Address(v.nodeAddress()),
                        new Uint256(0),
                        new Uint256(v.senderPubKey()),
                        new Uint256(v.receiverPubKey())))
                .toList();
        List<Type> outputs = List.of(
                new EpochStruct(
                        new Uint256(EPOCH.epochLength()),
                        new Uint256(EPOCH.number()),
                        new Uint256(EPOCH.endTime()),
                        new Uint256(EPOCH.retries()),
                        new Uint256(EPOCH.timeout())),
                new Uint256(2),
                new DynamicArray<>(ValidatorStruct.class, structs));

        assertEquals(RECORDED, "0x" + FunctionEncoder.encodeConstructor(outputs));
        assertEquals(8 + 3 * 7, (RECORDED.length() - 2) / 64, "head, length and three 7-word structs");
    }

    @Test
    void decodesTheEpochTheThresholdAndTheValidatorsInContractOrder() {
        ValidatorSet set = StakingContract.decode(RECORDED);

        assertEquals(EPOCH, set.epoch());
        assertEquals(2, set.minNodeCount());
        assertEquals(
                List.of(
                        new ValidatorSet.Validator(0x0FEB53DCL, 7470),
                        new ValidatorSet.Validator(0x33FF3B3AL, 443),
                        new ValidatorSet.Validator(0x7F000001L, 7472)),
                set.validators());
    }

    @Test
    void nodeUrlsFollowTheProtocolRule() {
        ValidatorSet set = StakingContract.decode(RECORDED);

        assertEquals(
                List.of("https://15.235.83.220:7470", "https://51.255.59.58:443", "https://127.0.0.1:7472"),
                set.nodeUrls(LitNetwork.DATIL, Optional.empty()),
                "Datil: https everywhere");
        assertEquals(
                List.of("http://15.235.83.220:7470", "https://51.255.59.58:443", "http://127.0.0.1:7472"),
                set.nodeUrls(LitNetwork.CUSTOM, Optional.empty()),
                "custom: https only on port 443");
        assertEquals(
                List.of("http://15.235.83.220:7470", "http://51.255.59.58:443", "http://127.0.0.1:7472"),
                set.nodeUrls(LitNetwork.DATIL_DEV, Optional.of("http")),
                "a forced protocol wins");
    }

    @Test
    void theIpIsReadBigEndian() {
        assertEquals("255.0.128.1", new ValidatorSet.Validator(0xFF008001L, 1).dottedQuad());
    }

    @Test
    void rejectsAnEmptyAnswer() {
        assertEquals(
                "the call returned no data; is there a Datil Staking contract at this address on this chain?",
                assertThrows(MalformedAnswerException.class, () -> StakingContract.decode("0x"))
                        .getMessage());
    }

    @Test
    void rejectsATruncatedAnswer() {
        String lastValidatorCut = RECORDED.substring(0, RECORDED.length() - 64);
        String headCut = RECORDED.substring(0, 2 + 6 * 64);

        assertEquals(
                "the answer claims 3 validators but holds room for only 2",
                assertThrows(MalformedAnswerException.class, () -> StakingContract.decode(lastValidatorCut))
                        .getMessage());
        assertTrue(assertThrows(MalformedAnswerException.class, () -> StakingContract.decode(headCut))
                .getMessage()
                .startsWith("the head of the return data does not decode as"
                        + " getActiveUnkickedValidatorStructsAndCounts()'s outputs"));
    }

    @Test
    void rejectsAnArrayOffsetOutsideTheAnswer() {
        String farOffset = RECORDED.replace(word(0xe0) + word(3), word(0x1000) + word(3));

        assertEquals(
                "the validator array's offset 4096 is not a word inside the 928 bytes of return data",
                assertThrows(MalformedAnswerException.class, () -> StakingContract.decode(farOffset))
                        .getMessage());
    }

    private static String word(long value) {
        String hex = Long.toHexString(value);
        return "0".repeat(64 - hex.length()) + hex;
    }

    @Test
    void rejectsAnAnswerThatIsNotWholeWords() {
        assertTrue(assertThrows(MalformedAnswerException.class, () -> StakingContract.decode(RECORDED + "00"))
                .getMessage()
                .startsWith("the return data is not a whole number of 32-byte words of hex"));
    }

    @Test
    void rejectsAThresholdOfZeroOrAboveTheValidatorCount() {
        assertEquals(
                "the active validator set does not meet the threshold: minNodeCount is 0 for 3 validators",
                assertThrows(
                                MalformedAnswerException.class,
                                () -> StakingContract.decode(StakingAnswer.encode(EPOCH, 0, VALIDATORS)))
                        .getMessage());
        assertEquals(
                "the active validator set does not meet the threshold: minNodeCount is 4 for 3 validators",
                assertThrows(
                                MalformedAnswerException.class,
                                () -> StakingContract.decode(StakingAnswer.encode(EPOCH, 4, VALIDATORS)))
                        .getMessage());
    }

    @Test
    void rejectsAPortOutsideTheTcpRange() {
        List<StakingAnswer.Validator> badPort = List.of(
                VALIDATORS.get(0),
                new StakingAnswer.Validator(
                        StakingAnswer.ip(1, 2, 3, 4), 70_000, "4444444444444444444444444444444444444444", 0, 0));

        assertEquals(
                "validator 1 has port 70000, outside 1..65535",
                assertThrows(
                                MalformedAnswerException.class,
                                () -> StakingContract.decode(StakingAnswer.encode(EPOCH, 1, badPort)))
                        .getMessage());
    }

    @Test
    void rejectsTwoValidatorsAtOneAddress() {
        List<StakingAnswer.Validator> twice = List.of(VALIDATORS.get(0), VALIDATORS.get(0));

        assertEquals(
                "validators 0 and 1 have the same address 15.235.83.220:7470",
                assertThrows(
                                MalformedAnswerException.class,
                                () -> StakingContract.decode(StakingAnswer.encode(EPOCH, 1, twice)))
                        .getMessage());
    }

    @Test
    void requestsCarryThePreviousEpochDuringTheFirst45SecondsOfANewOne() {
        Instant start = Instant.ofEpochSecond(EPOCH.endTime() - EPOCH.epochLength());

        assertEquals(start, EPOCH.startTime());
        assertEquals(31_315, EPOCH.requestEpoch(start.plusSeconds(44)));
        assertEquals(31_316, EPOCH.requestEpoch(start.plusSeconds(45)));
        assertEquals(
                2,
                new StakingEpoch(3600, 2, EPOCH.endTime(), 0, 60).requestEpoch(start),
                "epochs 1 and 2 are never stepped back");
    }
}
