package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * A Datil node's handshake answer (client spec §8.5): the network's keys, the node's latest block
 * hash and its attestation.
 *
 * @param nodeUrl the node that answered
 * @param identity the network keys the node states
 * @param latestBlockhash {@code 0x} and 64 lowercase hex digits
 * @param attestation the {@code attestation} member, JSON null when the node sent none
 */
public record HandshakeAnswer(String nodeUrl, NetworkIdentity identity, String latestBlockhash, JsonValue attestation) {
    /** What a node sends in its key fields while it has no BLS root key yet. */
    public static final String NO_KEY_YET = "ERR";

    /**
     * The handshake request body: {@code {"clientPublicKey":"test","challenge":"<64 hex>"[,"epoch":n]}}.
     *
     * @param challenge the 32 random bytes a node's attestation must echo
     */
    public static String requestBody(byte[] challenge, OptionalLong epoch) {
        StringBuilder out = new StringBuilder(128).append('{');
        JsJson.key(out, "clientPublicKey");
        // the JS SDK sends this literal; Datil nodes ignore the value
        JsJson.quote(out, "test");
        out.append(',');
        JsJson.key(out, "challenge");
        JsJson.quote(out, Hex.encode(challenge));
        epoch.ifPresent(number -> {
            out.append(',');
            JsJson.key(out, "epoch");
            out.append(number);
        });
        return out.append('}').toString();
    }

    /**
     * Reads a node's answer.
     *
     * @throws MalformedAnswerException if a key or the block hash is missing or malformed, or the node
     *     has no BLS root key yet
     */
    public static HandshakeAnswer parse(String nodeUrl, JsonValue.Obj body) {
        String networkPublicKey = AnswerJson.requiredString(body, "networkPublicKey");
        if (NO_KEY_YET.equals(networkPublicKey)) {
            throw new MalformedAnswerException("the node has no BLS root key yet (its key fields are \"ERR\")");
        }
        NetworkIdentity identity = new NetworkIdentity(
                blsKey(body, "networkPublicKey"),
                blsKey(body, "subnetPublicKey"),
                blsKey(body, "networkPublicKeySet"),
                hdRootPubkeys(body));
        return new HandshakeAnswer(nodeUrl, identity, blockhash(body), attestation(body));
    }

    private static BlsPublicKey blsKey(JsonValue.Obj body, String key) {
        String hex = AnswerJson.requiredString(body, key);
        try {
            return BlsPublicKey.parse(key, hex);
        } catch (InvalidInputException e) {
            throw new MalformedAnswerException(e.getMessage(), e);
        }
    }

    private static List<String> hdRootPubkeys(JsonValue.Obj body) {
        JsonValue value = AnswerJson.member(body, "hdRootPubkeys");
        if (!(value instanceof JsonValue.Arr array)) {
            throw new MalformedAnswerException(
                    "\"hdRootPubkeys\" is " + AnswerJson.describe(value) + "; expected an array of hex keys");
        }
        List<String> keys = new ArrayList<>(array.items().size());
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            String text = item instanceof JsonValue.Str string ? string.value() : null;
            String digits = text != null && (text.startsWith("0x") || text.startsWith("0X")) ? text.substring(2) : text;
            if (digits == null || digits.length() % 2 != 0 || !Hex.isHexDigits(digits)) {
                throw new MalformedAnswerException(
                        "hdRootPubkeys[" + i + "] is " + AnswerJson.describe(item) + "; expected a hex key");
            }
            keys.add(digits.toLowerCase(Locale.ROOT));
        }
        return keys;
    }

    private static String blockhash(JsonValue.Obj body) {
        String hash = AnswerJson.requiredString(body, "latestBlockhash");
        boolean valid = hash.length() == 66 && hash.startsWith("0x") && Hex.isHexDigits(hash.substring(2));
        if (!valid) {
            throw new MalformedAnswerException(
                    "\"latestBlockhash\" is " + AnswerJson.quote(hash) + "; expected 0x and 64 hex digits");
        }
        return hash.toLowerCase(Locale.ROOT);
    }

    private static JsonValue attestation(JsonValue.Obj body) {
        return body.get("attestation").orElse(JsonValue.Null.INSTANCE);
    }
}
