package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.RequestMembers;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.session.SessionSig;
import java.util.OptionalLong;

/**
 * The JSON body of {@code POST /web/encryption/sign/} (operations spec §3.4), keys in the JS SDK's order:
 * the canonical conditions under their kind's key, {@code dataToEncryptHash}, {@code chain}, the node's own
 * session sig as {@code authSig}, and {@code epoch} when the network has one.
 */
final class DecryptionBody {
    private DecryptionBody() {}

    /** The compact body for the node whose session sig is {@code sessionSig}. */
    static String write(DecryptionRequest request, SessionSig sessionSig, OptionalLong epoch) {
        StringBuilder out = new StringBuilder(4096).append('{');
        RequestMembers.conditionsAndHash(out, request);
        out.append(',');
        JsJson.key(out, "chain");
        JsJson.quote(out, request.chain());
        return SessionSigBodyTail.close(out, sessionSig, epoch);
    }
}
