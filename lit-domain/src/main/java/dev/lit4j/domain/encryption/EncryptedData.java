package dev.lit4j.domain.encryption;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.TimeLockCiphertext;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.StrictJsonReading;

/**
 * What {@code encrypt} returns and {@code decrypt} takes: the ciphertext and the hash of the plaintext
 * it was made with. Its JSON is the JS SDK's, {@code {"ciphertext":"<base64>","dataToEncryptHash":"<64 hex>"}}.
 *
 * @param ciphertext the time-lock ciphertext
 * @param dataToEncryptHash the SHA-256 of the plaintext
 */
public record EncryptedData(TimeLockCiphertext ciphertext, DataHash dataToEncryptHash) {
    private static final String FIELD = "encryptedData";

    public EncryptedData {
        InvalidInputException.requireNonNull("ciphertext", ciphertext);
        InvalidInputException.requireNonNull("dataToEncryptHash", dataToEncryptHash);
    }

    /** {@code {"ciphertext":"<base64>","dataToEncryptHash":"<hex>"}}, compact. */
    public String toJson() {
        StringBuilder out = new StringBuilder(ciphertext.length() * 4 / 3 + 120).append('{');
        JsJson.key(out, "ciphertext");
        JsJson.quote(out, ciphertext.base64());
        out.append(',');
        JsJson.key(out, "dataToEncryptHash");
        JsJson.quote(out, dataToEncryptHash.hex());
        return out.append('}').toString();
    }

    /**
     * Reads {@code {"ciphertext":"<base64>","dataToEncryptHash":"<hex>"}}; other keys (such as the
     * conditions and {@code dataType} of the JS SDK's {@code encryptToJson}) are ignored.
     *
     * @throws InvalidInputException naming the member on malformed JSON, a missing member, base64 that is
     *     not a ciphertext or a hash that is not 64 lowercase hex digits
     */
    public static EncryptedData fromJson(String json) {
        return StrictJsonReading.document(FIELD, json, "the encrypted data object", reader -> {
            String[] values = new String[2];
            StrictJsonReading.object(FIELD, reader, (key, path) -> {
                if ("ciphertext".equals(key)) {
                    values[0] = StrictJsonReading.string(path, reader);
                } else if ("dataToEncryptHash".equals(key)) {
                    values[1] = StrictJsonReading.string(path, reader);
                } else {
                    reader.skipValue();
                }
            });
            if (values[0] == null || values[1] == null) {
                throw new InvalidInputException(
                        FIELD,
                        "needs \"ciphertext\" and \"dataToEncryptHash\"; missing "
                                + (values[0] == null ? "\"ciphertext\"" : "\"dataToEncryptHash\""));
            }
            return new EncryptedData(
                    TimeLockCiphertext.fromBase64(FIELD + ".ciphertext", values[0]), new DataHash(values[1]));
        });
    }
}
