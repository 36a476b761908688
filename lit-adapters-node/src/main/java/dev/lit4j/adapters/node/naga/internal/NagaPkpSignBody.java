package dev.lit4j.adapters.node.naga.internal;

import dev.lit4j.adapters.node.internal.RequestMembers;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.session.SessionSig;
import java.util.List;

/**
 * The inner request of {@code POST /web/pkp/sign/v2} for one node (operations spec §5.7), in the JS SDK 8's key
 * order: {@code toSign} (the 32 bytes, already the digest the scheme signs), {@code signingScheme}
 * {@code EcdsaK256Sha256}, {@code pubkey}, the node's own session sig as {@code authSig}, {@code nodeSet} (exactly
 * the nodes asked), {@code epoch}, {@code authMethods} {@code []} and {@code keySetId}.
 */
public final class NagaPkpSignBody {
    /** The one scheme a PKP's ECDSA key signs with here. */
    public static final String SIGNING_SCHEME = "EcdsaK256Sha256";
    /** The key set the JS SDK 8 names; lit-peer ignores it. */
    static final String KEY_SET_ID = "naga-keyset1";

    private NagaPkpSignBody() {}

    /** The JSON for the node whose session sig is {@code sessionSig}, among {@code nodeSet}. */
    public static String write(PkpSignRequest request, SessionSig sessionSig, List<NagaNode> nodeSet, long epoch) {
        StringBuilder out = new StringBuilder(sessionSig.signedMessage().length() + 1024).append('{');
        RequestMembers.toSign(out, request.toSign().bytes());
        out.append(',');
        JsJson.key(out, "signingScheme");
        JsJson.quote(out, SIGNING_SCHEME);
        out.append(',');
        JsJson.key(out, "pubkey");
        JsJson.quote(out, request.pkpPublicKey().hex0x());
        out.append(',');
        JsJson.key(out, "authSig");
        AuthSigJson.write(out, sessionSig.authSig());
        out.append(',');
        writeNodeSet(out, nodeSet);
        out.append(',');
        JsJson.key(out, "epoch");
        out.append(epoch).append(',');
        JsJson.key(out, "authMethods");
        out.append("[],");
        JsJson.key(out, "keySetId");
        JsJson.quote(out, KEY_SET_ID);
        return out.append('}').toString();
    }

    /** Appends {@code "nodeSet":[{"socketAddress":"ip:port","value":1},…]}. */
    static void writeNodeSet(StringBuilder out, List<NagaNode> nodeSet) {
        JsJson.key(out, "nodeSet");
        out.append('[');
        for (int i = 0; i < nodeSet.size(); i++) {
            out.append(i == 0 ? "{" : ",{");
            JsJson.key(out, "socketAddress");
            JsJson.quote(out, nodeSet.get(i).socketAddress());
            out.append(',');
            JsJson.key(out, "value");
            out.append("1}");
        }
        out.append(']');
    }
}
