package dev.lit4j.domain.ethereum.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;

class Eip191Test {

    @Test
    void hashesTheKnownPersonalMessage() {
        // keccak256("\x19Ethereum Signed Message:\n5hello"), computed with an independent Keccak
        assertEquals(
                "50b2c43fd39106bafbba0da34fc430e1f91e3c96ea2acee2bc34119f92b37750", Hex.encode(Eip191.hash("hello")));
    }

    @Test
    void prefixesTheUtf8ByteLengthNotTheCharacterCount() {
        // "héllo ✓" is 7 characters but 10 UTF-8 bytes: the prefix must say 10
        assertEquals(
                "a92524dcf72de9f2771f170e519c7fcc3305b814c130bfe3cf288b3d4b8d5906", Hex.encode(Eip191.hash("héllo ✓")));
        assertArrayEquals(Eip191.hash("héllo ✓"), Eip191.hash("héllo ✓".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void matchesTheHashTheNodesBlsSignedForASessionKey() throws NoSuchAlgorithmException {
        // nodes BLS-sign sha256("lit_session:" + hex(eip191(siweMessage))): the Datil vector's dataSigned
        String siwe = Vectors.string("bls-session-key-responses.json", "0", "siweMessage");
        String dataSigned = Vectors.string("bls-session-key-responses.json", "0", "dataSigned");
        byte[] toSign = ("lit_session:" + Hex.encode(Eip191.hash(siwe))).getBytes(StandardCharsets.UTF_8);
        assertEquals(dataSigned, Hex.encode(MessageDigest.getInstance("SHA-256").digest(toSign)));
    }
}
