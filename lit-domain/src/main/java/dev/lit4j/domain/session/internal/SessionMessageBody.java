package dev.lit4j.domain.session.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigJson;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.internal.ResourceAbilityRequestJson;
import dev.lit4j.domain.session.SessionPublicKey;
import java.math.BigInteger;
import java.util.List;

/**
 * The part of a session-signed message that is the same for every node (client spec §6.5), rendered
 * once; {@link #forNode} adds the node's address (and, on Naga, its {@code maxPrice}). The JSON is what JS {@code JSON.stringify} writes
 * for {@code {sessionKey, resourceAbilityRequests, capabilities, issuedAt, expiration, nodeAddress}}.
 *
 * <p>Immutable and thread-safe.
 */
public final class SessionMessageBody {
    private final String prefix;

    /**
     * @param sessionKey the session public key (written as 64 hex, without the URI scheme)
     * @param resourceAbilityRequests what the session may be used for
     * @param capabilities the capability AuthSigs, the wallet or PKP AuthSig last
     * @param issuedAt the signing time as written on the wire
     * @param expiration the expiry as written on the wire
     */
    public SessionMessageBody(
            SessionPublicKey sessionKey,
            List<ResourceAbilityRequest> resourceAbilityRequests,
            List<AuthSig> capabilities,
            String issuedAt,
            String expiration) {
        InvalidInputException.requireNonNull("sessionKey", sessionKey);
        InvalidInputException.requireNonNull("resourceAbilityRequests", resourceAbilityRequests);
        InvalidInputException.requireNonNull("capabilities", capabilities);
        InvalidInputException.requireNonNull("issuedAt", issuedAt);
        InvalidInputException.requireNonNull("expiration", expiration);
        StringBuilder out = new StringBuilder(512 + capabilities.size() * 1024);
        out.append('{');
        JsJson.key(out, "sessionKey");
        JsJson.quote(out, sessionKey.hex());
        out.append(',');
        JsJson.key(out, "resourceAbilityRequests");
        out.append('[');
        for (int i = 0; i < resourceAbilityRequests.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            ResourceAbilityRequestJson.write(out, resourceAbilityRequests.get(i));
        }
        out.append("],");
        JsJson.key(out, "capabilities");
        out.append('[');
        for (int i = 0; i < capabilities.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            AuthSigJson.write(out, capabilities.get(i));
        }
        out.append("],");
        JsJson.key(out, "issuedAt");
        JsJson.quote(out, issuedAt);
        out.append(',');
        JsJson.key(out, "expiration");
        JsJson.quote(out, expiration);
        out.append(',');
        JsJson.key(out, "nodeAddress");
        this.prefix = out.toString();
    }

    /** The complete message for the node reached at {@code nodeUrl}: the exact text to sign. */
    public String forNode(String nodeUrl) {
        InvalidInputException.requireNonNull("nodeAddress", nodeUrl);
        StringBuilder out = new StringBuilder(prefix.length() + nodeUrl.length() + 4);
        out.append(prefix);
        JsJson.quote(out, nodeUrl);
        return out.append('}').toString();
    }

    /**
     * The Naga message for one node (node spec §2.2): as {@link #forNode(String)}, then {@code "maxPrice"}, the
     * most this node may charge, as {@code "0x"} and lowercase hex without leading zeros, as the v8 SDK writes it.
     *
     * @throws InvalidInputException if {@code maxPrice} is missing or negative
     */
    public String forNode(String nodeUrl, BigInteger maxPrice) {
        InvalidInputException.requireNonNull("maxPrice", maxPrice);
        if (maxPrice.signum() < 0) {
            throw new InvalidInputException("maxPrice", "must not be negative, got " + maxPrice);
        }
        String message = forNode(nodeUrl);
        StringBuilder out = new StringBuilder(message.length() + 80);
        out.append(message, 0, message.length() - 1).append(',');
        JsJson.key(out, "maxPrice");
        JsJson.quote(out, "0x" + maxPrice.toString(16));
        return out.append('}').toString();
    }
}
