package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.codec.internal.StrictJsonReading;
import dev.lit4j.domain.codec.internal.StrictUtf8;
import dev.lit4j.domain.naga.internal.EnvelopeNonce;
import dev.lit4j.domain.naga.internal.NaclBox;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The Naga E2EE envelope (node spec §3.2, operations spec §5.3): every {@code /v2} request and its reply travel
 * as {@code {"version":"1","payload":{"verification_key","random","created_at","ciphertext_and_tag"}}}, a NaCl
 * box from the sender's X25519 key to the recipient's.
 *
 * <p>Both sides use it: a client {@linkplain #seal seals} a request to a node's {@code nodeIdentityKey} and
 * {@linkplain #open opens} the reply; a node opens the request and seals its {@code GenericResponse} back to
 * the request's {@code verification_key}. The fields hold the wire text as sent, so an envelope re-emits
 * byte for byte.
 *
 * @param verificationKey the sender's X25519 public key
 * @param random 16 bytes of hex
 * @param createdAt an RFC 3339 date-time; its whole Unix seconds enter the nonce
 * @param ciphertextAndTag hex of 16 zero bytes, the Poly1305 tag and the ciphertext
 */
public record NagaEnvelope(BoxPublicKey verificationKey, String random, String createdAt, String ciphertextAndTag) {
    /** The only envelope version, {@code "1"}. */
    public static final String VERSION = "1";

    private static final String PAYLOAD = "envelope.payload.";
    private static final SecureRandom RANDOM = new SecureRandom();

    public NagaEnvelope {
        InvalidInputException.requireNonNull(PAYLOAD + "verification_key", verificationKey);
        Hex.decode(PAYLOAD + "random", random, 16);
        JsTime.parse(PAYLOAD + "created_at", createdAt);
        byte[] boxed = Hex.decode(PAYLOAD + "ciphertext_and_tag", ciphertextAndTag);
        if (boxed.length < NaclBox.ZERO_BYTES + 16) {
            throw new InvalidInputException(
                    PAYLOAD + "ciphertext_and_tag",
                    "expected at least 32 bytes (16 zero" + " bytes, the 16-byte tag, the ciphertext), got "
                            + boxed.length);
        }
    }

    /**
     * Seals {@code plaintext} from {@code sender} to {@code recipient} with a fresh random and {@code now} as
     * {@code created_at}, written as the JS SDK writes it ({@code toISOString()}).
     */
    public static NagaEnvelope seal(BoxKeyPair sender, BoxPublicKey recipient, String plaintext, Instant now) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return seal(sender, recipient, plaintext, random, JsTime.format(now));
    }

    /**
     * Seals {@code plaintext} with a given random and {@code created_at} text: the deterministic form, for
     * known answers and for a node that writes its own time format.
     *
     * @param random 16 bytes
     * @param createdAt an RFC 3339 date-time with a zone, sent as given
     * @throws InvalidInputException if {@code random} is not 16 bytes, {@code createdAt} is not RFC 3339, or
     *     {@code recipient} is a small-order point (no secret can be shared with it)
     */
    public static NagaEnvelope seal(
            BoxKeyPair sender, BoxPublicKey recipient, String plaintext, byte[] random, String createdAt) {
        InvalidInputException.requireNonNull("plaintext", plaintext);
        if (random == null || random.length != 16) {
            throw new InvalidInputException(
                    "random", "expected 16 bytes, got " + (random == null ? "none" : random.length + " bytes"));
        }
        long seconds = JsTime.parse("createdAt", createdAt).getEpochSecond();
        byte[] key =
                NaclBox.sharedKey(sender.secretKey(), recipient.bytes()).orElseThrow(() -> smallOrder("recipient"));
        byte[] nonce = EnvelopeNonce.nonce(
                random, seconds, recipient.bytes(), sender.publicKey().bytes());
        byte[] boxed = NaclBox.seal(key, nonce, plaintext.getBytes(StandardCharsets.UTF_8));
        return new NagaEnvelope(sender.publicKey(), Hex.encode(random), createdAt, Hex.encode(boxed));
    }

    /**
     * Opens this envelope with the recipient's key pair.
     *
     * @throws InvalidInputException naming the payload field: {@code ciphertext_and_tag} when it does not start
     *     with 16 zero bytes or does not authenticate (sealed to another key, or altered), {@code
     *     verification_key} when it is a small-order point, or when the plaintext is not UTF-8
     */
    public OpenedEnvelope open(BoxKeyPair recipient) {
        byte[] boxed = Hex.decode(PAYLOAD + "ciphertext_and_tag", ciphertextAndTag);
        for (int i = 0; i < NaclBox.ZERO_BYTES; i++) {
            if (boxed[i] != 0) {
                throw new InvalidInputException(
                        PAYLOAD + "ciphertext_and_tag",
                        "must start with 16 zero bytes" + " (the NaCl box layout: zeros, tag, ciphertext), byte " + i
                                + " is not zero");
            }
        }
        Instant created = JsTime.parse(PAYLOAD + "created_at", createdAt);
        byte[] key = NaclBox.sharedKey(recipient.secretKey(), verificationKey.bytes())
                .orElseThrow(() -> smallOrder(PAYLOAD + "verification_key"));
        byte[] nonce = EnvelopeNonce.nonce(
                Hex.decode(PAYLOAD + "random", random),
                created.getEpochSecond(),
                recipient.publicKey().bytes(),
                verificationKey.bytes());
        byte[] plaintext = NaclBox.open(key, nonce, boxed)
                .orElseThrow(() -> new InvalidInputException(
                        PAYLOAD + "ciphertext_and_tag",
                        "does not authenticate: it was not sealed by " + verificationKey.hex()
                                + " to this recipient's key "
                                + recipient.publicKey().hex() + ", or it was altered"));
        return new OpenedEnvelope(
                verificationKey,
                created,
                StrictUtf8.decode(PAYLOAD + "ciphertext_and_tag", plaintext, "the decrypted plaintext"));
    }

    /**
     * The envelope JSON, {@code {"version":"1","payload":{…}}}, keys in the SDK's order.
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(ciphertextAndTag.length() + 200);
        writeTo(out);
        return out.toString();
    }

    /**
     * The request body the JS SDK posts: the envelope plus an outer {@code "epoch"}, which the node ignores
     * (operations spec §5.3).
     */
    public String toRequestBody(long epoch) {
        StringBuilder out = new StringBuilder(ciphertextAndTag.length() + 220);
        writeTo(out);
        out.setLength(out.length() - 1);
        out.append(",\"epoch\":").append(epoch).append('}');
        return out.toString();
    }

    private void writeTo(StringBuilder out) {
        out.append("{\"version\":\"1\",\"payload\":{");
        JsJson.key(out, "verification_key");
        JsJson.quote(out, verificationKey.hex());
        out.append(',');
        JsJson.key(out, "random");
        JsJson.quote(out, random);
        out.append(',');
        JsJson.key(out, "created_at");
        JsJson.quote(out, createdAt);
        out.append(',');
        JsJson.key(out, "ciphertext_and_tag");
        JsJson.quote(out, ciphertextAndTag);
        out.append("}}");
    }

    /**
     * Reads an envelope (a request body or a reply). Top-level keys other than {@code version} and
     * {@code payload} (the SDK's {@code epoch}) are ignored, as lit-peer ignores them; so are extra payload keys.
     *
     * @throws InvalidInputException naming the field: not JSON, a missing or repeated key, {@code version}
     *     other than {@code "1"}, malformed hex, a key or random of the wrong length, a bad {@code created_at}
     */
    public static NagaEnvelope parse(String json) {
        Map<String, String> payload = new HashMap<>();
        String[] version = new String[1];
        boolean[] hasPayload = new boolean[1];
        StrictJsonReading.document("envelope", json, "the envelope", reader -> {
            StrictJsonReading.object("envelope", reader, (key, path) -> {
                switch (key) {
                    case "version" -> version[0] = StrictJsonReading.string(path, reader);
                    case "payload" -> {
                        hasPayload[0] = true;
                        StrictJsonReading.object(path, reader, (field, fieldPath) -> {
                            switch (field) {
                                case "verification_key", "random", "created_at", "ciphertext_and_tag" ->
                                    payload.put(field, StrictJsonReading.string(fieldPath, reader));
                                default -> reader.skipValue();
                            }
                        });
                    }
                    default -> reader.skipValue();
                }
            });
            return null;
        });
        if (!VERSION.equals(InvalidInputException.requireNonNull("envelope.version", version[0]))) {
            throw new InvalidInputException(
                    "envelope.version",
                    "unsupported envelope version \"" + PrintableText.of(version[0], 20) + "\"; only \"1\" is known");
        }
        if (!hasPayload[0]) {
            throw new InvalidInputException("envelope.payload", "is missing");
        }
        BoxPublicKey sender = BoxPublicKey.parse(
                PAYLOAD + "verification_key",
                InvalidInputException.requireNonNull(PAYLOAD + "verification_key", payload.get("verification_key")));
        return new NagaEnvelope(
                sender,
                InvalidInputException.requireNonNull(PAYLOAD + "random", payload.get("random")),
                InvalidInputException.requireNonNull(PAYLOAD + "created_at", payload.get("created_at")),
                InvalidInputException.requireNonNull(
                        PAYLOAD + "ciphertext_and_tag", payload.get("ciphertext_and_tag")));
    }

    private static InvalidInputException smallOrder(String field) {
        return new InvalidInputException(field, "is a small-order X25519 point: no secret can be shared with it");
    }
}
