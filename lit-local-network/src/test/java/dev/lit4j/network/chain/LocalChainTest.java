package dev.lit4j.network.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.keys.SeedSequence;
import dev.lit4j.testkit.fakes.FakeClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LocalChainTest {
    private final FakeClock clock = new FakeClock(Instant.parse("2025-01-15T10:00:00.750Z"));
    private final LocalChain chain = new LocalChain(new SeedSequence(7), clock);

    @Test
    void firstBlockIsMinedAtConstructionInWholeSeconds() {
        Block first = chain.latest();

        assertEquals(0, first.number());
        assertEquals(Instant.parse("2025-01-15T10:00:00Z"), first.timestamp());
        assertTrue(first.hash().matches("0x[0-9a-f]{64}"), first.hash());
        assertEquals(first.hash(), chain.latestBlockhash());
    }

    @Test
    void miningAdvancesTheLatestBlock() {
        Block first = chain.latest();
        clock.advance(Duration.ofSeconds(12));

        Block second = chain.mine();

        assertEquals(1, second.number());
        assertEquals(Instant.parse("2025-01-15T10:00:12Z"), second.timestamp());
        assertNotEquals(first.hash(), second.hash());
        assertEquals(second.hash(), chain.latestBlockhash());
        assertEquals(List.of(first, second), chain.blocks());
    }

    @Test
    void sameSeedGivesSameHashes() {
        LocalChain twin = new LocalChain(new SeedSequence(7), clock);
        LocalChain other = new LocalChain(new SeedSequence(8), clock);

        assertEquals(chain.latestBlockhash(), twin.latestBlockhash());
        assertNotEquals(chain.latestBlockhash(), other.latestBlockhash());
    }

    @Test
    void lookupAcceptsAnyCaseAndAnOptionalPrefix() {
        Block block = chain.latest();
        String digits = block.hash().substring(2);

        assertEquals(Optional.of(block), chain.find(block.hash()));
        assertEquals(Optional.of(block), chain.find(digits.toUpperCase()));
        assertEquals(Optional.of(block), chain.find("0X" + digits));
        assertEquals(Optional.empty(), chain.find("0x" + "00".repeat(32)));
        assertEquals(Optional.empty(), chain.find(null));
    }

    @Test
    void unknownNonceIsAnInvalidBlockhash() {
        String unknown = "0x" + "ab".repeat(32);

        LitNodeError e = assertThrows(LitNodeError.class, () -> chain.requireNonceBlock(unknown));

        assertEquals(
                "{\"details\":[\"Error fetching block from hash\",\"Invalid block hash: no block with hash"
                        + " \\\"" + unknown + "\\\" on this chain\"],\"errorCode\":\"NodeInvalidBlockhash\","
                        + "\"errorKind\":\"Validation\",\"message\":\"Invalid Block Hash for sign session key\",\"status\":502}",
                e.toPublicJson(null));
    }

    @Test
    void blocksUpToThirtyDaysOldAreUsableNonces() {
        Block block = chain.latest();
        clock.advance(Duration.ofDays(30).minusMillis(750));

        assertEquals(block, chain.requireNonceBlock(block.hash()));
    }

    @Test
    void blocksOlderThanThirtyDaysAreRejected() {
        Block block = chain.latest();
        clock.advance(Duration.ofDays(30).plusSeconds(1));

        LitNodeError e = assertThrows(LitNodeError.class, () -> chain.requireNonceBlock(block.hash()));

        assertEquals(NodeErrorCode.NODE_SIWE_MESSAGE_ERROR, e.code());
        assertEquals(ErrorKind.VALIDATION, e.kind());
        assertEquals(400, e.status());
        assertEquals(
                List.of(
                        "Error fetching block from hash",
                        "Blocktime 2025-01-15T10:00:00Z of block " + block.hash()
                                + " is beyond the max expiry timestamp of 2025-01-15T10:00:01.750Z"),
                e.details());
    }

    @Test
    void blockValuesAreValidated() {
        InvalidInputException hash =
                assertThrows(InvalidInputException.class, () -> new Block(0, "0xABC", Instant.EPOCH));
        assertEquals("block.hash: expected 0x followed by 64 lowercase hex digits, got \"0xABC\"", hash.getMessage());

        InvalidInputException time = assertThrows(
                InvalidInputException.class, () -> new Block(0, "0x" + "00".repeat(32), Instant.EPOCH.plusMillis(1)));
        assertEquals("block.timestamp: must be whole seconds, got 1970-01-01T00:00:00.001Z", time.getMessage());

        assertThrows(InvalidInputException.class, () -> new Block(-1, "0x" + "00".repeat(32), Instant.EPOCH));
    }
}
