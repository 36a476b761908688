package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.naga.internal.EcdsaSignedMessageShare;
import dev.lit4j.domain.pkp.PkpSignature;
import java.util.Locale;

/**
 * A combined PKP signature in the shape the v8 SDK returns it (operations spec §5.7): {@code {signature:"0x<R‖S>",
 * verifyingKey:"0x<SPKI DER>", signedData:"0x<digest>", recoveryId, publicKey:"0x<uncompressed>", sigType}} —
 * without Datil's {@code r}, {@code s}, {@code recid} fields. The signature itself is the one
 * {@link dev.lit4j.domain.pkp.internal.EcdsaShareCombiner} produced and checked.
 *
 * @param signature the combined, verified signature
 */
public record NagaPkpSignature(PkpSignature signature) {
    /** The DER prefix of a secp256k1 SubjectPublicKeyInfo: algorithm id-ecPublicKey, curve secp256k1, bit string. */
    private static final String SPKI_PREFIX = "3056301006072a8648ce3d020106052b8104000a034200";

    public NagaPkpSignature {
        InvalidInputException.requireNonNull("signature", signature);
    }

    /** R‖S, 64 bytes, upper-case hex without {@code 0x}, as the wasm combiner writes it. */
    public String rsUpperHex() {
        return (signature.r() + signature.s()).toUpperCase(Locale.ROOT);
    }

    /** The PKP key as DER SubjectPublicKeyInfo, upper-case hex without {@code 0x}. */
    public String verifyingKeyDerUpperHex() {
        return (SPKI_PREFIX + signature.publicKey().hex()).toUpperCase(Locale.ROOT);
    }

    /** The v8 SDK's {@code pkpSign} result JSON, keys in its order. */
    public String toJson() {
        StringBuilder out = new StringBuilder(500).append('{');
        JsJson.key(out, "signature");
        JsJson.quote(out, "0x" + rsUpperHex());
        out.append(',');
        JsJson.key(out, "verifyingKey");
        JsJson.quote(out, "0x" + verifyingKeyDerUpperHex());
        out.append(',');
        JsJson.key(out, "signedData");
        JsJson.quote(out, Hex.encode0x(signature.dataSigned().bytes()));
        out.append(',');
        JsJson.key(out, "recoveryId");
        out.append(signature.recid()).append(',');
        JsJson.key(out, "publicKey");
        JsJson.quote(out, signature.publicKey().hex0x());
        out.append(',');
        JsJson.key(out, "sigType");
        JsJson.quote(out, EcdsaSignedMessageShare.SIG_TYPE);
        return out.append('}').toString();
    }

    /**
     * The wasm {@code combineAndVerify} output the SDK parses: {@code {"signature":"\"<R‖S>\"","verifying_key":
     * "\"<DER>\"","signed_data":"<digest>","recovery_id":N}}.
     */
    public String toWasmJson() {
        StringBuilder out = new StringBuilder(400).append('{');
        JsJson.key(out, "signature");
        JsJson.quote(out, "\"" + rsUpperHex() + "\"");
        out.append(',');
        JsJson.key(out, "verifying_key");
        JsJson.quote(out, "\"" + verifyingKeyDerUpperHex() + "\"");
        out.append(',');
        JsJson.key(out, "signed_data");
        JsJson.quote(out, signature.dataSigned().hex());
        out.append(',');
        JsJson.key(out, "recovery_id");
        out.append(signature.recid());
        return out.append('}').toString();
    }
}
