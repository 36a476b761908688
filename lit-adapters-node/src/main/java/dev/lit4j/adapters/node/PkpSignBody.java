package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.RequestMembers;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.session.SessionSig;
import java.util.OptionalLong;

/**
 * The body of {@code POST /web/pkp/sign/v1} for one node (operations spec §1.2), written as the JS SDK 7.4
 * writes it: {@code toSign} as an array of numbers, {@code pubkey} {@code 0x}-prefixed, the node's own session
 * sig as {@code authSig}, then {@code epoch} when known. Never {@code authMethods}: the v1 route refuses it.
 */
final class PkpSignBody {
    private PkpSignBody() {}

    /** The compact JSON body for the node whose session sig is {@code sessionSig}. */
    static String write(PkpSignRequest request, SessionSig sessionSig, OptionalLong epoch) {
        StringBuilder out = new StringBuilder(sessionSig.signedMessage().length() + 1024).append('{');
        RequestMembers.toSign(out, request.toSign().bytes());
        out.append(',');
        JsJson.key(out, "pubkey");
        JsJson.quote(out, request.pkpPublicKey().hex0x());
        return SessionSigBodyTail.close(out, sessionSig, epoch);
    }
}
