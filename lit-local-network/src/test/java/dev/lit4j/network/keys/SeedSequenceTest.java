package dev.lit4j.network.keys;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Hash;

class SeedSequenceTest {

    @Test
    void valuesAreKeccakOfSeedLabelAndIndex() {
        assertEquals(
                Hex.encode(Hash.sha3("lit4j-local-network|5|block|3".getBytes(StandardCharsets.UTF_8))),
                Hex.encode(new SeedSequence(5).bytes32("block", 3)));
    }

    @Test
    void sameInputsSameOutputsOtherwiseDifferent() {
        SeedSequence seeds = new SeedSequence(5);

        assertArrayEquals(seeds.bytes32("a", 0), new SeedSequence(5).bytes32("a", 0));
        assertFalse(Arrays.equals(seeds.bytes32("a", 0), seeds.bytes32("a", 1)));
        assertFalse(Arrays.equals(seeds.bytes32("a", 0), seeds.bytes32("b", 0)));
        assertFalse(Arrays.equals(seeds.bytes32("a", 0), new SeedSequence(6).bytes32("a", 0)));
        assertEquals(
                seeds.secp256k1("k", 1).getPublicKey(),
                new SeedSequence(5).secp256k1("k", 1).getPublicKey());
        assertEquals("SeedSequence[seed=5]", seeds.toString());
    }
}
