package dev.lit4j.adapters.storage;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import dev.lit4j.domain.port.SessionStoreException;
import dev.lit4j.domain.session.SessionIdentity;
import dev.lit4j.domain.session.SessionKeyPair;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.session.StoredAuthSig;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The stored form of every entry, shared by all backends: a small, versioned, human-readable JSON object
 * in UTF-8. A session key is kept in the JS SDK's form (public key and 128-digit secret key); an AuthSig
 * exactly as the JS SDK writes it, with its expiration. The last field is a checksum: the SHA-256 of every
 * byte before its line, in lowercase hex.
 *
 * <pre>
 * {
 *   "format": "lit4j-session-key",
 *   "version": 2,
 *   "identity": "wallet:0xf39F…2266",
 *   "publicKey": "ea4a…d22c",
 *   "secretKey": "0707…d22c",
 *   "checksum": "5e1f…90ab"
 * }
 * {
 *   "format": "lit4j-auth-sig",
 *   "version": 2,
 *   "identity": "wallet:0xf39F…2266",
 *   "sessionKey": "ea4a…d22c",
 *   "expiration": "2025-01-16T10:00:00Z",
 *   "authSig": {"sig": …, "derivedVia": …, "signedMessage": …, "address": …},
 *   "checksum": "0c3d…77e2"
 * }
 * </pre>
 *
 * Reading checks the checksum first, so a damaged entry (a flipped bit, a cut) is reported and never
 * served altered; then it is strict (no unknown or repeated key, nothing missing) and checks that the entry
 * belongs to the identity and session key it is filed under, so a misplaced entry is reported too. Entries
 * of version 1, written by earlier Lit4j versions without a checksum, are still read (strictly); they gain
 * a checksum when next written.
 */
final class SessionEntryCodec {
    static final String SESSION_KEY_FORMAT = "lit4j-session-key";
    static final String AUTH_SIG_FORMAT = "lit4j-auth-sig";
    /** The version of entries written now, with a checksum. */
    static final int VERSION = 2;
    /** The version of entries written by earlier Lit4j versions, without a checksum: still read. */
    static final int UNCHECKED_VERSION = 1;

    private static final Set<String> SESSION_KEY_FIELDS =
            Set.of("format", "version", "identity", "publicKey", "secretKey");
    private static final Set<String> AUTH_SIG_FIELDS =
            Set.of("format", "version", "identity", "sessionKey", "expiration", "authSig");
    private static final String CHECKSUM = "checksum";
    /** The root of the JSON paths in messages about an entry's contents. */
    private static final String ENTRY = "entry";

    private static final byte[] CHECKSUM_START = "  \"checksum\": \"".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] CHECKSUM_END = "\"\n}\n".getBytes(StandardCharsets.US_ASCII);
    private static final int CHECKSUM_HEX = 64;
    private static final int CHECKSUM_LINE = CHECKSUM_START.length + CHECKSUM_HEX + CHECKSUM_END.length;

    private SessionEntryCodec() {}

    static byte[] encodeSessionKey(SessionIdentity identity, SessionKeyPair key) {
        StringBuilder out = new StringBuilder(320);
        header(out, SESSION_KEY_FORMAT, identity);
        field(out, "publicKey", key.publicKey().hex());
        out.append(",\n");
        field(out, "secretKey", key.exportSecretKeyHex());
        return withChecksum(out);
    }

    static byte[] encodeAuthSig(SessionEntryKey key, StoredAuthSig stored) {
        SessionPublicKey sessionKey = key.authSigSessionKey().orElseThrow();
        StringBuilder out = new StringBuilder(stored.authSig().signedMessage().length() + 512);
        header(out, AUTH_SIG_FORMAT, key.identity());
        field(out, "sessionKey", sessionKey.hex());
        out.append(",\n");
        // Instant.toString keeps every digit of the expiration, so a round trip is exact
        field(out, "expiration", stored.expiration().toString());
        out.append(",\n  ");
        JsJson.key(out, "authSig");
        out.append(' ');
        AuthSigJson.write(out, stored.authSig());
        return withChecksum(out);
    }

    /** Ends the entry in {@code out} with its checksum line: the SHA-256 of every byte before that line. */
    private static byte[] withChecksum(StringBuilder out) {
        out.append(",\n");
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] hex = Hex.encode(sha256(body, body.length)).getBytes(StandardCharsets.US_ASCII);
        byte[] entry = Arrays.copyOf(body, body.length + CHECKSUM_LINE);
        System.arraycopy(CHECKSUM_START, 0, entry, body.length, CHECKSUM_START.length);
        System.arraycopy(hex, 0, entry, body.length + CHECKSUM_START.length, CHECKSUM_HEX);
        System.arraycopy(CHECKSUM_END, 0, entry, entry.length - CHECKSUM_END.length, CHECKSUM_END.length);
        return entry;
    }

    /**
     * Reads a session-key entry filed under {@code key}.
     *
     * @throws SessionStoreException naming the entry if it is not a readable session key of that identity
     */
    static SessionKeyPair decodeSessionKey(SessionEntryKey key, byte[] bytes) {
        try {
            Map<String, Object> fields = readChecked(key, bytes, SESSION_KEY_FORMAT, SESSION_KEY_FIELDS);
            return SessionKeyPair.fromJs((String) fields.get("publicKey"), (String) fields.get("secretKey"));
        } catch (InvalidInputException e) {
            throw unreadable(key, e.getMessage(), e);
        }
    }

    /**
     * Reads an AuthSig entry filed under {@code key}.
     *
     * @throws SessionStoreException naming the entry if it is not a readable AuthSig of that identity and key
     */
    static StoredAuthSig decodeAuthSig(SessionEntryKey key, byte[] bytes) {
        try {
            Map<String, Object> fields = readChecked(key, bytes, AUTH_SIG_FORMAT, AUTH_SIG_FIELDS);
            SessionPublicKey sessionKey = new SessionPublicKey((String) fields.get("sessionKey"));
            SessionPublicKey expected = key.authSigSessionKey().orElseThrow();
            if (!sessionKey.equals(expected)) {
                throw unreadable(
                        key,
                        "it is the AuthSig of session key " + sessionKey.hex() + ", filed under session key "
                                + expected.hex(),
                        null);
            }
            Instant expiration = JsTime.parse("expiration", (String) fields.get("expiration"));
            return new StoredAuthSig((AuthSig) fields.get("authSig"), expiration);
        } catch (InvalidInputException e) {
            throw unreadable(key, e.getMessage(), e);
        }
    }

    /**
     * The error for an entry that cannot be read back.
     *
     * @param problem what is wrong; never key material
     */
    static SessionStoreException unreadable(SessionEntryKey key, String problem, Throwable cause) {
        return new SessionStoreException(
                "the session store entry " + key + " is unreadable: " + problem
                        + ". Clear that identity to start it afresh; other entries are unaffected",
                cause);
    }

    /**
     * The fields of an entry of {@code format} whose other fields are {@code names}, read after checking
     * its checksum (or, for an entry of version {@value #UNCHECKED_VERSION}, without one), and checked to
     * belong to the identity it is filed under.
     */
    private static Map<String, Object> readChecked(
            SessionEntryKey key, byte[] bytes, String format, Set<String> names) {
        boolean checked = hasChecksumLine(bytes);
        if (checked) {
            int body = bytes.length - CHECKSUM_LINE;
            String stored = new String(bytes, body + CHECKSUM_START.length, CHECKSUM_HEX, StandardCharsets.ISO_8859_1);
            if (!stored.equals(Hex.encode(sha256(bytes, body)))) {
                throw unreadable(
                        key,
                        "it is damaged: its checksum does not match its contents (a disk error,"
                                + " a crash of the machine or an edit changed it)",
                        null);
            }
        }
        Map<String, Object> fields = read(key, bytes);
        if (checked) {
            Set<String> withChecksum = new HashSet<>(names);
            withChecksum.add(CHECKSUM);
            requireFormat(key, fields, format, VERSION, withChecksum);
        } else if (Integer.valueOf(UNCHECKED_VERSION).equals(fields.get("version"))) {
            requireFormat(key, fields, format, UNCHECKED_VERSION, names);
        } else if (Integer.valueOf(VERSION).equals(fields.get("version"))) {
            throw unreadable(key, "it is damaged: its checksum line is missing or altered", null);
        } else {
            requireFormat(key, fields, format, VERSION, names);
        }
        SessionIdentity owner = SessionIdentity.parseKey((String) fields.get("identity"));
        if (!owner.equals(key.identity())) {
            throw unreadable(key, "it belongs to " + owner.key() + ", not to the identity it is filed under", null);
        }
        return fields;
    }

    /** True if {@code bytes} end with a line of the shape {@code "checksum": "<64 characters>"} and the brace. */
    private static boolean hasChecksumLine(byte[] bytes) {
        int start = bytes.length - CHECKSUM_LINE;
        return start > 0
                && Arrays.equals(bytes, start, start + CHECKSUM_START.length, CHECKSUM_START, 0, CHECKSUM_START.length)
                && Arrays.equals(
                        bytes, bytes.length - CHECKSUM_END.length, bytes.length, CHECKSUM_END, 0, CHECKSUM_END.length);
    }

    /** The SHA-256 of the first {@code length} bytes of {@code bytes}. */
    static byte[] sha256(byte[] bytes, int length) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(bytes, 0, length);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static void header(StringBuilder out, String format, SessionIdentity identity) {
        formatHeader(out, format, VERSION);
        field(out, "identity", identity.key());
        out.append(",\n");
    }

    /** Opens an entry object of {@code format}: its brace, format and version fields, each on a line. */
    static void formatHeader(StringBuilder out, String format, int version) {
        out.append("{\n");
        field(out, "format", format);
        out.append(",\n  ");
        JsJson.key(out, "version");
        out.append(' ').append(version).append(",\n");
    }

    /** Writes one string field of an entry object, indented, without a trailing comma. */
    static void field(StringBuilder out, String name, String value) {
        out.append("  ");
        JsJson.key(out, name);
        out.append(' ');
        JsJson.quote(out, value);
    }

    /**
     * Checks that {@code fields} are an object of {@code format}, in {@code version}, with exactly the
     * fields {@code names}.
     *
     * @throws SessionStoreException naming the entry otherwise
     */
    static void requireFormat(
            SessionEntryKey key, Map<String, Object> fields, String format, int version, Set<String> names) {
        if (!format.equals(fields.get("format"))) {
            throw unreadable(
                    key, "its format is " + describe(fields.get("format")) + ", expected \"" + format + "\"", null);
        }
        if (!Integer.valueOf(version).equals(fields.get("version"))) {
            throw unreadable(
                    key,
                    "it is in format version " + describe(fields.get("version")) + "; this Lit4j reads version "
                            + version,
                    null);
        }
        for (String name : fields.keySet()) {
            if (!names.contains(name)) {
                throw unreadable(key, "it has an unknown field \"" + name + "\"", null);
            }
        }
        for (String name : names) {
            if (!fields.containsKey(name)) {
                throw unreadable(key, "its field \"" + name + "\" is missing", null);
            }
        }
    }

    /**
     * Reads the JSON object an entry is made of, strictly, with the domain's strict reader: no repeated field,
     * {@code version} a whole number, {@code authSig} an AuthSig, every other field a string. Problems are
     * named by their JSON path from {@code entry}, e.g. {@code entry.identity: expected a string, found a number}.
     *
     * @throws SessionStoreException naming the entry if the bytes are not such an object
     */
    static Map<String, Object> read(SessionEntryKey key, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw unreadable(key, "it is not UTF-8 text", e);
        }
        try {
            return StrictJsonReading.document(ENTRY, text, "the JSON object", reader -> {
                Map<String, Object> fields = new HashMap<>();
                StrictJsonReading.object(
                        ENTRY,
                        reader,
                        (name, path) -> fields.put(
                                name,
                                switch (name) {
                                    case "version" -> readVersion(path, JsonValueParser.read(path, reader));
                                    case "authSig" -> AuthSigJson.read(path, reader);
                                    default -> StrictJsonReading.string(path, reader);
                                }));
                return fields;
            });
        } catch (InvalidInputException e) {
            throw unreadable(key, e.getMessage(), e);
        }
    }

    private static int readVersion(String path, JsonValue value) {
        if (value instanceof JsonValue.Num number
                && number.value() == Math.rint(number.value())
                && Math.abs(number.value()) <= Integer.MAX_VALUE) {
            return (int) number.value();
        }
        String found = value instanceof JsonValue.Num || value == JsonValue.Null.INSTANCE
                ? JsJson.stringify(value)
                : (value instanceof JsonValue.Obj || value instanceof JsonValue.Arr ? "an " : "a ") + value.typeName();
        throw new InvalidInputException(path, "expected a whole number, found " + found);
    }

    private static String describe(Object value) {
        return value instanceof String text ? JsJson.quote(text) : String.valueOf(value);
    }
}
