package dev.lit4j.network.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Staking view's ABI encoding, word by word. The decoding side is checked with Lit4j's own reader, which is
 * independent code, in lit-adapters-node ({@code LocalStakingContractTest}), and with the JS SDK in lit-cli's
 * {@code JsSdkCrossCheckIT}.
 */
class StakingContractViewTest {
    private static final EthAddress FIRST = new EthAddress("0x1111111111111111111111111111111111111111");
    private static final EthAddress SECOND = new EthAddress("0x2222222222222222222222222222222222222222");
    private static final Instant START = Instant.parse("2025-01-15T10:00:00Z");

    @Test
    void theSelectorIsTheOneClientsCall() {
        assertEquals("0xc51d020e", StakingContractView.SELECTOR);
    }

    @Test
    void theAddressIsDatilDevsStakingContractWhichTheJsSdkUsesForCustom() {
        assertEquals("0xD4507CD392Af2c80919219d7896508728f6A623F", StakingContractView.ADDRESS.checksummed());
    }

    @Test
    void encodesTheEpochTheThresholdAndTheValidatorsInOrder() {
        StakingContractView view = new StakingContractView(
                START,
                1,
                List.of(
                        new StakingContractView.Validator(StakingContractView.Validator.LOOPBACK, 7470, FIRST),
                        new StakingContractView.Validator(0x0FEB53DCL, 443, SECOND)));

        List<String> expected = List.of(
                word("e10"), // epochLength 3600
                word("1"), // epoch number
                word(Long.toHexString(START.getEpochSecond() + 3600)), // endTime
                word("0"), // retries
                word("3c"), // timeout 60
                word("1"), // minNodeCount
                word("e0"), // the array's offset: 7 words
                word("2"), // the array's length
                word("7f000001"),
                word("0"),
                word("1d2e"),
                word("1111111111111111111111111111111111111111"),
                word("0"),
                word("0"),
                word("0"),
                word("feb53dc"),
                word("0"),
                word("1bb"),
                word("2222222222222222222222222222222222222222"),
                word("0"),
                word("0"),
                word("0"));
        assertEquals("0x" + String.join("", expected), view.returnData());
    }

    @Test
    void rejectsAThresholdOutsideTheValidatorCount() {
        List<StakingContractView.Validator> one =
                List.of(new StakingContractView.Validator(StakingContractView.Validator.LOOPBACK, 7470, FIRST));

        assertEquals(
                "minNodeCount: must be 1..1, got 0",
                assertThrows(InvalidInputException.class, () -> new StakingContractView(START, 0, one))
                        .getMessage());
        assertEquals(
                "minNodeCount: must be 1..1, got 2",
                assertThrows(InvalidInputException.class, () -> new StakingContractView(START, 2, one))
                        .getMessage());
        assertEquals(
                "validators: a network has at least one validator",
                assertThrows(InvalidInputException.class, () -> new StakingContractView(START, 1, List.of()))
                        .getMessage());
    }

    @Test
    void rejectsAValidatorOutsideTheAbiTypes() {
        assertEquals(
                "validator.port: must be 1..65535, got 0",
                assertThrows(InvalidInputException.class, () -> new StakingContractView.Validator(1, 0, FIRST))
                        .getMessage());
        assertEquals(
                "validator.ipv4: must be an unsigned 32-bit number, got 4294967296",
                assertThrows(InvalidInputException.class, () -> new StakingContractView.Validator(1L << 32, 1, FIRST))
                        .getMessage());
    }

    private static String word(String hex) {
        return "0".repeat(64 - hex.length()) + hex;
    }
}
