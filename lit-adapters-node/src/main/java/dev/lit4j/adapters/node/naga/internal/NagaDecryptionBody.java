package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.RequestMembers;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.session.SessionSig;

/**
 * The inner request of {@code POST /web/encryption/sign/v2} for one node (operations spec §5.9,
 * {@code DecryptRequestDataSchema}): the canonical conditions under their kind's key, {@code dataToEncryptHash}, the
 * node's own session sig as {@code authSig} (its {@code maxPrice} is the price cap), {@code chain} and
 * {@code keySetId}. The SDK's {@code ciphertext} is left out: lit-peer's {@code EncryptionSignRequest} has no such
 * field.
 */
public final class NagaDecryptionBody {
    private NagaDecryptionBody() {}

    /** The JSON for the node whose session sig is {@code sessionSig}. */
    public static String write(DecryptionRequest request, SessionSig sessionSig) {
        StringBuilder out = new StringBuilder(4096).append('{');
        RequestMembers.conditionsAndHash(out, request);
        out.append(',');
        JsJson.key(out, "authSig");
        AuthSigJson.write(out, sessionSig.authSig());
        out.append(',');
        JsJson.key(out, "chain");
        JsJson.quote(out, request.chain());
        out.append(',');
        JsJson.key(out, "keySetId");
        JsJson.quote(out, NagaPkpSignBody.KEY_SET_ID);
        return out.append('}').toString();
    }
}
