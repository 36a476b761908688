package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.action.ExecuteJsRequest;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.port.DecryptionRequest;

/** Request members both wires write the same way, as the JS SDK writes them. */
public final class RequestMembers {
    private RequestMembers() {}

    /** Appends {@code "toSign":[b0,b1,…]}: the bytes as an array of numbers. */
    public static void toSign(StringBuilder out, byte[] toSign) {
        JsJson.key(out, "toSign");
        out.append('[');
        for (int i = 0; i < toSign.length; i++) {
            out.append(i == 0 ? "" : ",").append(toSign[i] & 0xff);
        }
        out.append(']');
    }

    /** Appends the canonical conditions under their kind's key, then {@code ,"dataToEncryptHash":"<hex>"}. */
    public static void conditionsAndHash(StringBuilder out, DecryptionRequest request) {
        JsJson.key(out, request.conditions().kind().fieldName());
        out.append(request.conditions().canonicalJson()).append(',');
        JsJson.key(out, "dataToEncryptHash");
        JsJson.quote(out, request.dataToEncryptHash().hex());
    }

    /** Appends {@code "code":"<base64>",} or {@code "ipfsId":"<cid>",}: the action's source, each with its comma. */
    public static void actionSource(StringBuilder out, ExecuteJsRequest request) {
        request.optionalCodeBase64().ifPresent(code -> {
            JsJson.key(out, "code");
            JsJson.quote(out, code);
            out.append(',');
        });
        request.optionalIpfsId().ifPresent(cid -> {
            JsJson.key(out, "ipfsId");
            JsJson.quote(out, cid.value());
            out.append(',');
        });
    }
}
