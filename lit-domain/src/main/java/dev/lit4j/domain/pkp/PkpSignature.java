package dev.lit4j.domain.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import java.util.Locale;

/**
 * A PKP's signature, combined from the nodes' shares and checked: low-s, and it recovers to the PKP's key
 * under its recovery id. The JS SDK's {@code SigResponse} (operations spec §1.7).
 *
 * @param signature r, s (low) and the recovery id
 * @param publicKey the PKP that signed
 * @param dataSigned the 32 bytes that were signed
 */
public record PkpSignature(EcdsaSignature signature, PkpPublicKey publicKey, DataToSign dataSigned) {

    public PkpSignature {
        InvalidInputException.requireNonNull("pkpSignature.signature", signature);
        InvalidInputException.requireNonNull("pkpSignature.publicKey", publicKey);
        InvalidInputException.requireNonNull("pkpSignature.dataSigned", dataSigned);
        if (signature.recoveryId().isEmpty()) {
            throw new InvalidInputException("pkpSignature.signature", "needs its recovery id");
        }
        if (!signature.isLowS()) {
            throw new InvalidInputException("pkpSignature.signature", "must be low-s");
        }
    }

    /** {@code r}: 64 lowercase hex digits, no {@code 0x}. */
    public String r() {
        return rsv().substring(2, 66);
    }

    /** {@code s}: 64 lowercase hex digits, no {@code 0x}. */
    public String s() {
        return rsv().substring(66, 130);
    }

    /** The recovery id, 0 or 1. */
    public int recid() {
        return signature.recoveryId().getAsInt();
    }

    /** The 65-byte signature {@code 0x‖r‖s‖v}, {@code v = 27 + recid}, as ethers' {@code joinSignature}. */
    public String rsv() {
        return signature.toRsvHex();
    }

    /**
     * The JSON the JS SDK's {@code pkpSign} returns: {@code {"r","s","recid","signature","publicKey","dataSigned"}},
     * the last two in upper case without {@code 0x}, as Datil nodes send them.
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(400).append('{');
        JsJson.key(out, "r");
        JsJson.quote(out, r());
        out.append(',');
        JsJson.key(out, "s");
        JsJson.quote(out, s());
        out.append(',');
        JsJson.key(out, "recid");
        out.append(recid()).append(',');
        JsJson.key(out, "signature");
        JsJson.quote(out, rsv());
        out.append(',');
        JsJson.key(out, "publicKey");
        JsJson.quote(out, publicKey.hex().toUpperCase(Locale.ROOT));
        out.append(',');
        JsJson.key(out, "dataSigned");
        JsJson.quote(out, dataSigned.hex().toUpperCase(Locale.ROOT));
        return out.append('}').toString();
    }
}
