package dev.lit4j.domain.ethereum;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class EthAddressTest {
    private static final String HARDHAT_0 = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    /** The examples of EIP-55 itself: all caps, all lower and mixed case. */
    @Test
    void checksumsTheEip55Examples() {
        for (String expected : new String[] {
            "0x52908400098527886E0F7030069857D2E4169EE7", "0x8617E340B3D01FA5F11F306F4090FD50E238070D",
            "0xde709f2102306220921060314715629080e2fb77", "0x27b1fdb04752bbc536007a920d24acb045561c26",
            "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359",
            "0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB", "0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb"
        }) {
            assertEquals(
                    expected,
                    EthAddress.parseAnyCase("address", expected.toLowerCase(Locale.ROOT))
                            .checksummed());
            assertEquals(
                    expected,
                    EthAddress.ofBytes(Hex.decode("address", expected.substring(2)))
                            .checksummed());
            assertEquals(
                    expected, EthAddress.parseChecksummed("address", expected).checksummed());
        }
    }

    @Test
    void acceptsChecksummed() {
        assertEquals(
                HARDHAT_0, EthAddress.parseChecksummed("address", HARDHAT_0).checksummed());
    }

    @Test
    void rejectsNonChecksummedNamingTheExpectedForm() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> EthAddress.parseChecksummed("siwe.address", HARDHAT_0.toLowerCase()));
        assertEquals(
                "siwe.address: \"0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266\" is not EIP-55 checksummed;"
                        + " expected \"" + HARDHAT_0 + "\"",
                e.getMessage());
    }

    @Test
    void anyCaseIsChecksummed() {
        assertEquals(
                HARDHAT_0, EthAddress.parseAnyCase("a", HARDHAT_0.toLowerCase()).checksummed());
        assertEquals(
                "f39fd6e51aad88f6f4ce6ab8827279cfffb92266",
                EthAddress.parseAnyCase("a", HARDHAT_0).lowercaseHexNoPrefix());
    }

    @Test
    void rejectsWrongShape() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> EthAddress.parseAnyCase("address", "f39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
        assertEquals(
                "address: expected 0x followed by 40 hex digits, got \"f39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"",
                e.getMessage());
        assertThrows(InvalidInputException.class, () -> EthAddress.parseAnyCase("address", "0x1234"));
        assertThrows(
                InvalidInputException.class,
                () -> EthAddress.parseAnyCase("address", "0xg39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));
    }

    @Test
    void derivesFromPublicKey() {
        // the secp256k1 generator point: the public key of private key 1 (client spec §7.3)
        String generator = "0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798"
                + "483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8";
        byte[] key = Hex.decode("k", generator);
        assertEquals(
                "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf",
                EthAddress.ofPublicKey(key).checksummed());
        byte[] bare = java.util.Arrays.copyOfRange(key, 1, 65);
        assertEquals(
                "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf",
                EthAddress.ofPublicKey(bare).checksummed());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> EthAddress.ofPublicKey(new byte[33]));
        assertEquals(
                "publicKey: expected an uncompressed secp256k1 key (65 bytes starting with 04, or 64 bytes),"
                        + " got 33 bytes",
                e.getMessage());
    }

    @Test
    void bytesRoundTrip() {
        EthAddress address = EthAddress.parseChecksummed("a", HARDHAT_0);
        assertArrayEquals(
                address.toBytes(), EthAddress.ofBytes(address.toBytes()).toBytes());
        assertEquals(address, EthAddress.ofBytes(address.toBytes()));
    }

    @Test
    void parseTakesOneLetterCaseAsIsAndChecksumsIt() {
        assertEquals(
                HARDHAT_0,
                EthAddress.parse("a", HARDHAT_0.toLowerCase(Locale.ROOT)).checksummed());
        assertEquals(
                HARDHAT_0,
                EthAddress.parse("a", "0x" + HARDHAT_0.substring(2).toUpperCase(Locale.ROOT))
                        .checksummed());
        assertEquals(HARDHAT_0, EthAddress.parse("a", HARDHAT_0).checksummed());
    }

    @Test
    void parseRefusesMixedCaseWithAWrongChecksum() {
        String mistyped = HARDHAT_0.replace("f39F", "f39f");
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> EthAddress.parse("--address", mistyped));
        assertEquals(
                "--address: \"" + mistyped + "\" is not EIP-55 checksummed; expected \"" + HARDHAT_0 + "\"",
                e.getMessage());
    }
}
