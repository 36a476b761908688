package dev.lit4j.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

class AuthSigJsonTest {

    @Test
    void walletSigInJsKeyOrderWithoutAlgo() {
        AuthSig sig = AuthSig.wallet("0xab", "line1\nline2", "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        assertEquals(
                "{\"sig\":\"0xab\",\"derivedVia\":\"web3.eth.personal.sign\",\"signedMessage\":\"line1\\nline2\","
                        + "\"address\":\"0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\"}",
                AuthSigJson.toJson(sig));
        assertEquals(AuthSigKind.WALLET, sig.kind());
    }

    @Test
    void sessionSigPutsAlgoLast() {
        AuthSig sig = new AuthSig("aa", AuthSig.DERIVED_VIA_SESSION, "{}", "bb", AuthSig.ALGO_SESSION);
        assertEquals(
                "{\"sig\":\"aa\",\"derivedVia\":\"litSessionSignViaNacl\",\"signedMessage\":\"{}\","
                        + "\"address\":\"bb\",\"algo\":\"ed25519\"}",
                AuthSigJson.toJson(sig));
        assertEquals(AuthSigKind.SESSION, sig.kind());
    }

    @Test
    void blsSigPutsAlgoSecond() {
        AuthSig sig =
                new AuthSig("{\"ProofOfPossession\":\"00\"}", AuthSig.DERIVED_VIA_BLS, "m", "0x1", AuthSig.ALGO_BLS);
        assertEquals(
                "{\"sig\":\"{\\\"ProofOfPossession\\\":\\\"00\\\"}\",\"algo\":\"LIT_BLS\",\"derivedVia\":\"lit.bls\","
                        + "\"signedMessage\":\"m\",\"address\":\"0x1\"}",
                AuthSigJson.toJson(sig));
        assertEquals(AuthSigKind.BLS_NETWORK, sig.kind());
    }

    @Test
    void classifiesAsANodeDoes() {
        assertEquals(AuthSigKind.WALLET, new AuthSig("s", AuthSig.DERIVED_VIA_BLS, "m", "a", null).kind());
        assertEquals(AuthSigKind.WALLET, new AuthSig("s", AuthSig.DERIVED_VIA_SESSION, "m", "a", null).kind());
        assertEquals(AuthSigKind.CONTRACT, new AuthSig("s", AuthSig.DERIVED_VIA_EIP1271_SHA256, "m", "a", null).kind());
    }

    @Test
    void roundTrips() {
        for (AuthSig sig : new AuthSig[] {
            AuthSig.wallet("0xab", "a\"b\\c\u0001é", "0x1"),
            new AuthSig("aa", AuthSig.DERIVED_VIA_SESSION, "{}", "bb", AuthSig.ALGO_SESSION),
            new AuthSig("{\"ProofOfPossession\":\"00\"}", AuthSig.DERIVED_VIA_BLS, "m", "0x1", AuthSig.ALGO_BLS)
        }) {
            assertEquals(sig, AuthSigJson.parse("authSig", AuthSigJson.toJson(sig)));
        }
    }

    @Test
    void acceptsNullAlgo() {
        AuthSig sig = AuthSigJson.parse(
                "a", "{\"sig\":\"s\",\"derivedVia\":\"d\",\"signedMessage\":\"m\",\"address\":\"x\",\"algo\":null}");
        assertNull(sig.algo());
    }

    @Test
    void rejectsUnknownKey() {
        assertError(
                "capabilities[0].extra: unknown AuthSig key; only sig, derivedVia, signedMessage, address and"
                        + " algo are allowed",
                "{\"sig\":\"s\",\"derivedVia\":\"d\",\"signedMessage\":\"m\",\"address\":\"x\",\"extra\":\"1\"}");
    }

    @Test
    void rejectsDuplicateKey() {
        assertError(
                "capabilities[0].sig: the key appears twice",
                "{\"sig\":\"s\",\"sig\":\"t\",\"derivedVia\":\"d\",\"signedMessage\":\"m\",\"address\":\"x\"}");
    }

    @Test
    void rejectsMissingKey() {
        assertError(
                "capabilities[0].address: is missing", "{\"sig\":\"s\",\"derivedVia\":\"d\",\"signedMessage\":\"m\"}");
    }

    @Test
    void rejectsNonStringValues() {
        assertError(
                "capabilities[0].sig: expected a string, found a number",
                "{\"sig\":1,\"derivedVia\":\"d\",\"signedMessage\":\"m\",\"address\":\"x\"}");
        assertError(
                "capabilities[0].address: expected a string, found null",
                "{\"sig\":\"s\",\"derivedVia\":\"d\",\"signedMessage\":\"m\",\"address\":null}");
        assertError(
                "capabilities[0].algo: expected a string or null, found a boolean",
                "{\"sig\":\"s\",\"derivedVia\":\"d\",\"signedMessage\":\"m\",\"address\":\"x\",\"algo\":true}");
    }

    @Test
    void rejectsNonObjectsAndTrailingContent() {
        assertError("capabilities[0]: expected an AuthSig object, found an array", "[]");
        assertError(
                "capabilities[0]: unexpected content after the AuthSig object",
                "{\"sig\":\"s\",\"derivedVia\":\"d\",\"signedMessage\":\"m\",\"address\":\"x\"} {}");
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> AuthSigJson.parse("capabilities[0]", "{\"sig\":"));
        assertEquals("capabilities[0]", e.field());
    }

    private static void assertError(String expected, String json) {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> AuthSigJson.parse("capabilities[0]", json));
        assertEquals(expected, e.getMessage());
    }
}
