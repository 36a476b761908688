package dev.lit4j.adapters.node;

import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.session.SessionSig;
import java.util.OptionalLong;

/**
 * How the JS SDK ends the body of an operation a session sig authorises ({@code pkpSign}, {@code decrypt}):
 * {@code ,"authSig":{<the node's session sig>}}, then {@code ,"epoch":N} when the network has an epoch, then
 * the closing brace.
 */
final class SessionSigBodyTail {
    private SessionSigBodyTail() {}

    /** Appends {@code ,"authSig":…[,"epoch":N]}} to a body whose members so far end without a comma. */
    static String close(StringBuilder out, SessionSig sessionSig, OptionalLong epoch) {
        out.append(',');
        JsJson.key(out, "authSig");
        AuthSigJson.write(out, sessionSig.authSig());
        epoch.ifPresent(number -> {
            out.append(',');
            JsJson.key(out, "epoch");
            out.append(number);
        });
        return out.append('}').toString();
    }
}
