package dev.lit4j.adapters.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import dev.lit4j.testkit.storage.SessionStoreSamples;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SessionEntryCodecTest {
    private static final SessionPublicKey KEY = SessionStoreSamples.SESSION_KEY.publicKey();
    private static final SessionEntryKey SESSION_KEY = SessionEntryKey.sessionKey(SessionStoreSamples.WALLET);
    private static final SessionEntryKey AUTH_SIG = SessionEntryKey.authSig(SessionStoreSamples.WALLET, KEY);
    private static final String SECRET = SessionStoreSamples.SESSION_KEY.exportSecretKeyHex();

    @Test
    void writesAnAuthSigEntryWithTheJsAuthSigJson() {
        String entry = utf8(SessionEntryCodec.encodeAuthSig(
                AUTH_SIG,
                new StoredAuthSig(SessionStoreSamples.BLS_AUTH_SIG, Instant.parse("2024-10-17T13:48:16.466Z"))));
        String body = "{\n"
                + "  \"format\": \"lit4j-auth-sig\",\n"
                + "  \"version\": 2,\n"
                + "  \"identity\": \"wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\n"
                + "  \"sessionKey\": \"" + KEY.hex() + "\",\n"
                + "  \"expiration\": \"2024-10-17T13:48:16.466Z\",\n"
                + "  \"authSig\": " + AuthSigJson.toJson(SessionStoreSamples.BLS_AUTH_SIG) + ",\n";
        assertEquals(body + "  \"checksum\": \"" + sha256Hex(body) + "\"\n}\n", entry);
    }

    @Test
    void reportsEverySingleBitFlipInAnEntry() {
        byte[] authSig = SessionEntryCodec.encodeAuthSig(
                AUTH_SIG,
                new StoredAuthSig(SessionStoreSamples.WALLET_AUTH_SIG, SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION));
        byte[] sessionKey =
                SessionEntryCodec.encodeSessionKey(SessionStoreSamples.WALLET, SessionStoreSamples.SESSION_KEY);
        for (int bit = 0; bit < authSig.length * 8; bit++) {
            byte[] damaged = flip(authSig, bit);
            assertThrows(
                    SessionStoreException.class,
                    () -> SessionEntryCodec.decodeAuthSig(AUTH_SIG, damaged),
                    "bit " + bit);
        }
        for (int bit = 0; bit < sessionKey.length * 8; bit++) {
            byte[] damaged = flip(sessionKey, bit);
            assertThrows(
                    SessionStoreException.class,
                    () -> SessionEntryCodec.decodeSessionKey(SESSION_KEY, damaged),
                    "bit " + bit);
        }
    }

    @Test
    void namesAChecksumMismatchAsDamage() {
        byte[] entry = SessionEntryCodec.encodeAuthSig(
                AUTH_SIG,
                new StoredAuthSig(SessionStoreSamples.WALLET_AUTH_SIG, SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION));
        String text = utf8(entry);
        // one hex digit of the signature changed: still a well-formed AuthSig, so only the checksum tells
        int sig = text.indexOf("\"sig\":\"0x") + 9;
        String altered = text.substring(0, sig) + (text.charAt(sig) == 'a' ? 'b' : 'a') + text.substring(sig + 1);
        assertUnreadable(
                AUTH_SIG,
                altered,
                "it is damaged: its checksum does not match its contents (a disk error,"
                        + " a crash of the machine or an edit changed it)");
        String cut = text.substring(0, text.indexOf("  \"checksum\"")) + "  \"checksum\": \"00\"\n}\n";
        assertUnreadable(AUTH_SIG, cut, "it is damaged: its checksum line is missing or altered");
    }

    @Test
    void readsAnEntryOfVersionOneWithoutChecksum() {
        StoredAuthSig stored =
                new StoredAuthSig(SessionStoreSamples.WALLET_AUTH_SIG, SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION);
        String versionOne = "{\n"
                + "  \"format\": \"lit4j-auth-sig\",\n"
                + "  \"version\": 1,\n"
                + "  \"identity\": \"wallet:0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266\",\n"
                + "  \"sessionKey\": \"" + KEY.hex() + "\",\n"
                + "  \"expiration\": \"" + stored.expiration() + "\",\n"
                + "  \"authSig\": " + AuthSigJson.toJson(stored.authSig()) + "\n"
                + "}\n";
        assertEquals(stored, SessionEntryCodec.decodeAuthSig(AUTH_SIG, bytes(versionOne)));
        assertEquals(
                SessionStoreSamples.SESSION_KEY,
                SessionEntryCodec.decodeSessionKey(
                        SESSION_KEY,
                        bytes(sessionKeyEntry(
                                "\"publicKey\": \"" + KEY.hex() + "\", \"secretKey\": \"" + SECRET + "\""))));
        assertUnreadable(
                AUTH_SIG,
                versionOne.replace("\"authSig\"", "\"checksum\": \"00\", \"authSig\""),
                "it has an unknown field \"checksum\"");
    }

    @Test
    void keepsTheExpirationToTheNanosecond() {
        StoredAuthSig stored =
                new StoredAuthSig(SessionStoreSamples.WALLET_AUTH_SIG, Instant.parse("2025-01-16T10:00:00.123456789Z"));
        byte[] entry = SessionEntryCodec.encodeAuthSig(AUTH_SIG, stored);
        assertEquals(stored, SessionEntryCodec.decodeAuthSig(AUTH_SIG, entry));
    }

    @Test
    void rejectsAnUnknownField() {
        assertUnreadable(
                SESSION_KEY,
                sessionKeyEntry("\"publicKey\": \"" + KEY.hex() + "\", \"extra\": \"x\""),
                "it has an unknown field \"extra\"");
    }

    @Test
    void rejectsARepeatedField() {
        assertUnreadable(
                SESSION_KEY,
                "{\"format\": \"lit4j-session-key\", \"format\": \"lit4j-session-key\"}",
                "entry.format: the key appears twice");
    }

    @Test
    void rejectsAMissingField() {
        assertUnreadable(
                SESSION_KEY,
                "{\"format\": \"lit4j-session-key\", \"version\": 1, \"identity\": \""
                        + SessionStoreSamples.WALLET.key() + "\", \"publicKey\": \"" + KEY.hex() + "\"}",
                "its field \"secretKey\" is missing");
    }

    @Test
    void rejectsAnEntryOfTheOtherKind() {
        byte[] authSig = SessionEntryCodec.encodeAuthSig(
                AUTH_SIG,
                new StoredAuthSig(SessionStoreSamples.WALLET_AUTH_SIG, SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION));
        assertUnreadable(
                SESSION_KEY, utf8(authSig), "its format is \"lit4j-auth-sig\", expected \"lit4j-session-key\"");
    }

    @Test
    void rejectsANewerOrMalformedVersion() {
        assertUnreadable(
                SESSION_KEY,
                "{\"format\": \"lit4j-session-key\", \"version\": 3}",
                "it is in format version 3; this Lit4j reads version 2");
        assertUnreadable(
                SESSION_KEY,
                "{\"format\": \"lit4j-session-key\", \"version\": \"1\"}",
                "entry.version: expected a whole number, found a string");
        assertUnreadable(
                SESSION_KEY,
                "{\"format\": \"lit4j-session-key\", \"version\": 2.5}",
                "entry.version: expected a whole number, found 2.5");
    }

    @Test
    void rejectsContentAfterTheObject() {
        assertUnreadable(
                SESSION_KEY,
                utf8(SessionEntryCodec.encodeSessionKey(SessionStoreSamples.WALLET, SessionStoreSamples.SESSION_KEY))
                        + "{}",
                "entry: unexpected content after the JSON object");
    }

    @Test
    void rejectsAnAuthSigFiledUnderAnotherSessionKey() {
        SessionEntryKey other =
                SessionEntryKey.authSig(SessionStoreSamples.WALLET, new SessionPublicKey("11".repeat(32)));
        byte[] entry = SessionEntryCodec.encodeAuthSig(
                AUTH_SIG,
                new StoredAuthSig(SessionStoreSamples.WALLET_AUTH_SIG, SessionStoreSamples.WALLET_AUTH_SIG_EXPIRATION));
        SessionStoreException error =
                assertThrows(SessionStoreException.class, () -> SessionEntryCodec.decodeAuthSig(other, entry));
        assertEquals(
                message(
                        other,
                        "it is the AuthSig of session key " + KEY.hex() + ", filed under session key "
                                + "11".repeat(32)),
                error.getMessage());
    }

    @Test
    void rejectsAMalformedAuthSigOrExpiration() {
        String head = "{\"format\": \"lit4j-auth-sig\", \"version\": 1, \"identity\": \""
                + SessionStoreSamples.WALLET.key() + "\", \"sessionKey\": \"" + KEY.hex() + "\", ";
        assertUnreadable(
                AUTH_SIG,
                head + "\"expiration\": \"tomorrow\", \"authSig\": "
                        + AuthSigJson.toJson(SessionStoreSamples.WALLET_AUTH_SIG) + "}",
                "expiration: not an RFC 3339 date-time with a zone: \"tomorrow\""
                        + " (expected e.g. 2025-01-15T10:00:00.000Z)");
        assertUnreadable(
                AUTH_SIG,
                head + "\"expiration\": \"2100-01-01T00:00:00Z\", \"authSig\": {\"sig\": \"0x\","
                        + " \"derivedVia\": \"web3.eth.personal.sign\", \"signedMessage\": \"m\"}}",
                "entry.authSig.address: is missing");
    }

    @Test
    void aBadSecretKeyIsReportedWithoutShowingIt() {
        String damaged = SECRET.substring(0, 64) + "ff".repeat(32);
        SessionStoreException error = assertThrows(
                SessionStoreException.class,
                () -> SessionEntryCodec.decodeSessionKey(
                        SESSION_KEY,
                        bytes(sessionKeyEntry(
                                "\"publicKey\": \"" + KEY.hex() + "\", \"secretKey\": \"" + damaged + "\""))));
        assertEquals(
                message(
                        SESSION_KEY,
                        "sessionKey.secretKey: its last 32 bytes differ from publicKey " + KEY.hex()
                                + "; the secret key must be seed followed by that public key"),
                error.getMessage());
        assertFalse(error.getMessage().contains(SECRET.substring(0, 64)));
    }

    private static byte[] flip(byte[] bytes, int bit) {
        byte[] flipped = bytes.clone();
        flipped[bit / 8] ^= (byte) (1 << (bit % 8));
        return flipped;
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes(text)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static String sessionKeyEntry(String keyFields) {
        return "{\"format\": \"lit4j-session-key\", \"version\": 1, \"identity\": \"" + SessionStoreSamples.WALLET.key()
                + "\", " + keyFields + "}";
    }

    private static void assertUnreadable(SessionEntryKey key, String entry, String problem) {
        SessionStoreException error = assertThrows(SessionStoreException.class, () -> {
            if (key.name().equals(SessionEntryKey.SESSION_KEY)) {
                SessionEntryCodec.decodeSessionKey(key, bytes(entry));
            } else {
                SessionEntryCodec.decodeAuthSig(key, bytes(entry));
            }
        });
        assertEquals(message(key, problem), error.getMessage());
    }

    private static String message(SessionEntryKey key, String problem) {
        return "the session store entry " + key + " is unreadable: " + problem
                + ". Clear that identity to start it afresh; other entries are unaffected";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
