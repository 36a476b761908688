package dev.lit4j.domain.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.Vectors;
import dev.lit4j.domain.codec.internal.Hex;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.bouncycastle.math.ec.rfc8032.Ed25519;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SessionKeyPairTest {
    private static final String FLOW = "session-sig-flow.json";
    private static final byte[] SEED_07 = Hex.decode("seed", Vectors.string(FLOW, "sessionKey", "seedHex"));
    private static final String PUBLIC_07 = Vectors.string(FLOW, "sessionKey", "publicKey");
    private static final String SECRET_07 = Vectors.string(FLOW, "sessionKey", "secretKey");
    // a seed whose hex cannot appear in a message by chance
    private static final String SEED_HEX = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final SessionKeyPair KEY = SessionKeyPair.fromSeed(Hex.decode("seed", SEED_HEX));
    private static final String SECRET = SEED_HEX + KEY.publicKey().hex();

    @Test
    void derivesTheVectorKeyFromSeed07() {
        SessionKeyPair key = SessionKeyPair.fromSeed(SEED_07);
        assertEquals(PUBLIC_07, key.publicKey().hex());
        assertEquals(SECRET_07, key.exportSecretKeyHex());
        assertEquals(Vectors.string(FLOW, "sessionKey", "uri"), key.uri());
    }

    @Test
    void derivesTheRfc8032TestKey() {
        // RFC 8032 §7.1 TEST 1
        assertEquals(
                "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
                KEY.publicKey().hex());
    }

    @Test
    void importsAndExportsTheJsStorageForm() {
        SessionKeyPair imported = SessionKeyPair.fromJs(PUBLIC_07, SECRET_07);
        assertEquals(SessionKeyPair.fromSeed(SEED_07), imported);
        assertEquals(SECRET_07, imported.exportSecretKeyHex());
        assertEquals(
                imported,
                SessionKeyPair.fromJs(PUBLIC_07.toUpperCase(Locale.ROOT), SECRET_07.toUpperCase(Locale.ROOT)));

        SessionKeyPair fresh = SessionKeyPair.generate();
        assertEquals(fresh, SessionKeyPair.fromJs(fresh.publicKey().hex(), fresh.exportSecretKeyHex()));
        assertNotEquals(fresh, SessionKeyPair.generate());
    }

    @Test
    void signsPlainEd25519OverTheGivenBytes() {
        byte[] message = "{\"a\":1}".getBytes(StandardCharsets.UTF_8);
        byte[] sig = KEY.sign(message);
        assertEquals(64, sig.length);
        assertTrue(Ed25519.verify(sig, 0, KEY.publicKey().bytes(), 0, message, 0, message.length));
        assertEquals(Hex.encode(sig), Hex.encode(KEY.sign(message)));
        // RFC 8032 §7.1 TEST 1: the empty message
        assertEquals(
                "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46b"
                        + "d25bf5f0595bbe24655141438e7a100b",
                Hex.encode(KEY.sign(new byte[0])));
    }

    @Test
    void equalityFollowsTheSecret() {
        assertEquals(SessionKeyPair.fromSeed(SEED_07), SessionKeyPair.fromSeed(SEED_07));
        assertEquals(
                SessionKeyPair.fromSeed(SEED_07).hashCode(),
                SessionKeyPair.fromSeed(SEED_07).hashCode());
        assertNotEquals(KEY, SessionKeyPair.fromSeed(SEED_07));
    }

    @Test
    void copiesTheSeedItIsGiven() {
        byte[] seed = SEED_07.clone();
        SessionKeyPair key = SessionKeyPair.fromSeed(seed);
        Arrays.fill(seed, (byte) 0);
        assertEquals(PUBLIC_07, key.publicKey().hex());
        assertEquals(SECRET_07, key.exportSecretKeyHex());
    }

    @Test
    void toStringShowsThePublicKeyOnly() {
        assertEquals("SessionKeyPair[publicKey=" + KEY.publicKey().hex() + ", secretKey=<hidden>]", KEY.toString());
        assertFalse(KEY.toString().contains(SEED_HEX.substring(0, 16)));
    }

    @Test
    void refusesASeedOfTheWrongLength() {
        assertRefused("sessionKey.seed: expected 32 bytes, got 31", () -> SessionKeyPair.fromSeed(new byte[31]));
        assertRefused(
                "sessionKey.seed: expected 32 bytes, got 64",
                () -> SessionKeyPair.fromSeed(Hex.decode("secret", SECRET)));
    }

    @Test
    void refusesABadPublicKey() {
        String pk = KEY.publicKey().hex();
        assertRefused(
                "sessionKey.publicKey: not a hex digit 'q' at position 1",
                () -> SessionKeyPair.fromJs("dq" + pk.substring(2), SECRET));
        assertRefused(
                "sessionKey.publicKey: hex must not start with 0x, got \"0x5a980182b10ab7d54b…\"",
                () -> SessionKeyPair.fromJs("0x" + pk.substring(2), SECRET));
        assertRefused(
                "sessionKey.publicKey: expected 32 bytes (64 hex characters), got 31 bytes",
                () -> SessionKeyPair.fromJs(pk.substring(2), SECRET));
        assertRefused("sessionKey.publicKey: is missing", () -> SessionKeyPair.fromJs(null, SECRET));
    }

    @Test
    void refusesASecretKeyOfTheWrongLength() {
        String pk = KEY.publicKey().hex();
        for (String secret : new String[] {SECRET.substring(1), SECRET + "0", SEED_HEX, SECRET + SECRET}) {
            assertRefused(
                    "sessionKey.secretKey: expected 128 hex digits (seed followed by public key), got "
                            + secret.length() + " characters",
                    () -> SessionKeyPair.fromJs(pk, secret));
        }
        assertRefused("sessionKey.secretKey: is missing", () -> SessionKeyPair.fromJs(pk, null));
    }

    @Test
    void refusesASecretKeyThatIsNotHex() {
        String pk = KEY.publicKey().hex();
        for (String secret : new String[] {
            SECRET.substring(0, 127) + "g",
            "0x" + SECRET.substring(2),
            SEED_HEX.substring(0, 10) + " " + SECRET.substring(11)
        }) {
            assertRefused(
                    "sessionKey.secretKey: expected 128 hex digits, found a non-hex character",
                    () -> SessionKeyPair.fromJs(pk, secret));
        }
    }

    @Test
    void refusesHalvesThatDoNotMatch() {
        String pk = KEY.publicKey().hex();
        String otherPublicKey = PUBLIC_07;
        assertRefused(
                "sessionKey.secretKey: its last 32 bytes differ from publicKey " + pk
                        + "; the secret key must be seed followed by that public key",
                () -> SessionKeyPair.fromJs(pk, SEED_HEX + otherPublicKey));
        // a seed with another key's public half: consistent halves, but not this seed's key
        assertRefused(
                "sessionKey.secretKey: its seed derives public key " + pk + ", not " + PUBLIC_07,
                () -> SessionKeyPair.fromJs(PUBLIC_07, SEED_HEX + PUBLIC_07));
    }

    private static void assertRefused(String message, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(message, e.getMessage());
        assertFalse(e.getMessage().contains(SEED_HEX.substring(0, 16)), "the message leaks the secret");
        assertFalse(e.getMessage().contains(SEED_HEX.substring(48)), "the message leaks the secret");
    }
}
