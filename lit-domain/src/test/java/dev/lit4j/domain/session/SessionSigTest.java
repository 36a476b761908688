package dev.lit4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.internal.Hex;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SessionSigTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final SessionKeyPair KEY_07 =
            SessionKeyPair.fromSeed(Hex.decode("seed", Vectors.string(FLOW, "sessionKey", "seedHex")));
    private static final String PUBLIC_07 = KEY_07.publicKey().hex();
    private static final String MESSAGE = Vectors.string(FLOW, "sessionSig", "signedMessage");
    private static final String SIG = Vectors.string(FLOW, "sessionSig", "sig");
    private static final BigInteger L =
            BigInteger.TWO.pow(252).add(new BigInteger("27742317777372353535851937790883648493"));

    // Crafted with seed 07×32 (Python, independent big-integer Edwards arithmetic): signatures that
    // BouncyCastle's cofactored check accepts and ed25519-dalek verify_strict refuses.
    private static final String SMALL_ORDER_R = "26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"
            + "f53dcd4362894515d81220ec49bc8183d5a7bac404f5f03025cf17f6ddc05801"; // over "small-order R"
    private static final String MIXED_ORDER_R = "9c76b75cf56625bc4bb63c90c20d414c6f161bac6b16f68b8ca16ef409b84796"
            + "3e81dd139e21088547d8220b0704f324db1da62b29506835cfab8e844bd1e70c"; // over "mixed-order R"
    private static final String MIXED_ORDER_A = "fbb3211d177bccefd763d01a88f6473e43e5cf0a0740e44ab5c64460eefd4675";
    private static final String BY_MIXED_ORDER_A = "b8a1085dcfa623dcc7e1eb3774b4b26c3c95a0bc90731516eb71560fc88b84ff"
            + "691fd2b9cd6ef2504b0baa446f74e5f0f99d8286d1dd0a32e949ab49cf3d2203"; // over "mixed-order A"

    @Test
    void signingTheVectorMessageWithSeed07GivesTheVectorSignature() {
        SessionSig sig = SessionSig.sign(KEY_07, MESSAGE);
        assertEquals(
                new AuthSig(
                        SIG,
                        "litSessionSignViaNacl",
                        MESSAGE,
                        Vectors.string(FLOW, "sessionSig", "address"),
                        "ed25519"),
                sig.authSig());
        assertEquals(KEY_07.publicKey(), sig.sessionKey());
        assertEquals(MESSAGE, sig.signedMessage());
        sig.verifySignature();
    }

    @Test
    void signsTheUtf8BytesOfTheTextAsItIs() {
        String text = "{\"b\":\"ünï\\u00e9\",  \"a\":1}";
        SessionSig sig = SessionSig.sign(KEY_07, text);
        assertEquals(text, sig.signedMessage());
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        assertTrue(Ed25519.verify(
                Hex.decode("sig", sig.authSig().sig()), 0, KEY_07.publicKey().bytes(), 0, bytes, 0, bytes.length));
        sig.verifySignature();
    }

    @Test
    void refusesASignatureOverOtherText() {
        SessionSig altered =
                sessionSig(SIG, MESSAGE.replace("2025-01-16T10:00:00.000Z", "2025-02-16T10:00:00.000Z"), PUBLIC_07);
        assertRefused(
                "sessionSig.sig: the Ed25519 signature does not verify over the exact UTF-8 bytes of"
                        + " signedMessage with the key in address",
                altered::verifySignature);
        SessionSig otherKey =
                sessionSig(SIG, MESSAGE, SessionKeyPair.generate().publicKey().hex());
        assertThrows(InvalidSignatureException.class, otherKey::verifySignature);
    }

    @Test
    void refusesANonCanonicalS() {
        byte[] sig = Hex.decode("sig", SIG);
        BigInteger s = littleEndian(sig, 32).add(L);
        byte[] sPlusL = littleEndianBytes(s);
        System.arraycopy(sPlusL, 0, sig, 32, 32);
        assertRefused(
                "sessionSig.sig: S is not canonical (not below the group order L); Lit nodes"
                        + " (verify_strict) refuse it",
                sessionSig(Hex.encode(sig), MESSAGE, PUBLIC_07)::verifySignature);
    }

    @Test
    void refusesASmallOrderRThatTheCofactoredCheckAccepts() {
        byte[] message = "small-order R".getBytes(StandardCharsets.UTF_8);
        assertTrue(
                Ed25519.verify(
                        Hex.decode("sig", SMALL_ORDER_R), 0, KEY_07.publicKey().bytes(), 0, message, 0, message.length),
                "the crafted vector must pass BouncyCastle alone");
        assertRefused(
                "sessionSig.sig: R is a small-order point; Lit nodes (verify_strict) refuse it",
                sessionSig(SMALL_ORDER_R, "small-order R", PUBLIC_07)::verifySignature);
    }

    @Test
    void refusesAnRWithASmallOrderComponent() {
        byte[] message = "mixed-order R".getBytes(StandardCharsets.UTF_8);
        assertTrue(
                Ed25519.verify(
                        Hex.decode("sig", MIXED_ORDER_R), 0, KEY_07.publicKey().bytes(), 0, message, 0, message.length),
                "the crafted vector must pass BouncyCastle alone");
        assertRefused(
                "sessionSig.sig: R is not a canonically encoded curve point of prime order",
                sessionSig(MIXED_ORDER_R, "mixed-order R", PUBLIC_07)::verifySignature);
    }

    @Test
    void refusesAKeyWithASmallOrderComponent() {
        byte[] message = "mixed-order A".getBytes(StandardCharsets.UTF_8);
        assertTrue(
                Ed25519.verify(
                        Hex.decode("sig", BY_MIXED_ORDER_A),
                        0,
                        Hex.decode("a", MIXED_ORDER_A),
                        0,
                        message,
                        0,
                        message.length),
                "the crafted vector must pass BouncyCastle alone");
        assertRefused(
                "sessionSig.sig: the public key is not a canonically encoded curve point of prime order",
                sessionSig(BY_MIXED_ORDER_A, "mixed-order A", MIXED_ORDER_A)::verifySignature);
    }

    @Test
    void refusesSmallOrderKeysInEveryEncoding() {
        String identity = "01" + "00".repeat(31);
        String orderTwo = "ec" + "ff".repeat(30) + "7f";
        String orderFour = "00".repeat(32);
        String orderEight = "c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa";
        String identityNonCanonical = "ee" + "ff".repeat(30) + "7f"; // y = p + 1
        for (String key : new String[] {identity, orderTwo, orderFour, orderEight, identityNonCanonical}) {
            assertRefused(
                    "sessionSig.sig: the public key is a small-order point; Lit nodes (verify_strict) refuse it",
                    sessionSig(SIG, MESSAGE, key)::verifySignature);
        }
    }

    @Test
    void refusesAnythingButTheSessionShape() {
        assertShape(
                "sessionSig.derivedVia: expected \"litSessionSignViaNacl\", got \"web3.eth.personal.sign\"",
                new AuthSig(SIG, AuthSig.DERIVED_VIA_WALLET, MESSAGE, PUBLIC_07, "ed25519"));
        assertShape(
                "sessionSig.algo: expected \"ed25519\", got none",
                new AuthSig(SIG, AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07, null));
        assertShape(
                "sessionSig.algo: expected \"ed25519\", got \"LIT_BLS\"",
                new AuthSig(SIG, AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07, "LIT_BLS"));
        assertShape(
                "sessionSig.sig: must be lowercase hex, got \"" + SIG.toUpperCase(Locale.ROOT) + "\"",
                new AuthSig(SIG.toUpperCase(Locale.ROOT), AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07, "ed25519"));
        assertShape(
                "sessionSig.sig: expected 64 bytes (128 hex characters), got 63 bytes",
                new AuthSig(SIG.substring(2), AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07, "ed25519"));
        assertShape(
                "sessionSig.sig: hex must not start with 0x, got \"0xe78c65b2f0396d22de…\"",
                new AuthSig("0x" + SIG, AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07, "ed25519"));
        assertShape(
                "sessionSig.address: expected 32 bytes (64 hex characters), got 33 bytes",
                new AuthSig(SIG, AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07 + "00", "ed25519"));
        assertShape(
                "sessionSig.address: must be lowercase hex, got \"" + PUBLIC_07.toUpperCase(Locale.ROOT) + "\"",
                new AuthSig(SIG, AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07.toUpperCase(Locale.ROOT), "ed25519"));
        assertShape("sessionSig: is missing", null);
    }

    @Test
    void namesTheFieldItIsGiven() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> SessionSig.of(
                        "sessionSigs[n]", new AuthSig(SIG, AuthSig.DERIVED_VIA_SESSION, MESSAGE, PUBLIC_07, null)));
        assertEquals("sessionSigs[n].algo", e.field());
        assertEquals(
                SessionSig.sign(KEY_07, MESSAGE),
                SessionSig.of("x", SessionSig.sign(KEY_07, MESSAGE).authSig()));
    }

    private static SessionSig sessionSig(String sig, String message, String address) {
        return new SessionSig(new AuthSig(sig, AuthSig.DERIVED_VIA_SESSION, message, address, AuthSig.ALGO_SESSION));
    }

    private static void assertShape(String message, AuthSig authSig) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new SessionSig(authSig));
        assertEquals(message, e.getMessage());
    }

    private static void assertRefused(String message, Executable verify) {
        InvalidSignatureException e = assertThrows(InvalidSignatureException.class, verify);
        assertEquals("sessionSig.sig", e.field());
        assertEquals(message, e.getMessage());
    }

    private static BigInteger littleEndian(byte[] bytes, int offset) {
        byte[] bigEndian = new byte[32];
        for (int i = 0; i < 32; i++) {
            bigEndian[i] = bytes[offset + 31 - i];
        }
        return new BigInteger(1, bigEndian);
    }

    private static byte[] littleEndianBytes(BigInteger value) {
        byte[] bigEndian = value.toByteArray();
        byte[] out = new byte[32];
        for (int i = 0; i < bigEndian.length && i < 32; i++) {
            out[i] = bigEndian[bigEndian.length - 1 - i];
        }
        return out;
    }
}
