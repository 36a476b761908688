package dev.lit4j.domain.session;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The session-signed message of one node's session sig, read the way a Datil node reads it (node spec
 * §2.2, {@code SessionKeySignedMessage}): what the session key signed for that node.
 *
 * <p>Values are kept as the node keeps them: the session key, the times and the node address as the
 * text that was signed (nothing here checks or normalises them; the node checks them later, each with
 * its own error), the resource-ability entries as three strings, and the capabilities as the AuthSigs
 * they are. {@link #parse} writes nothing back, so the signed bytes stay the only source of truth.
 *
 * @param sessionKey the {@code sessionKey} text (64 hex digits when the JS SDK wrote it)
 * @param resourceAbilityRequests the {@code resourceAbilityRequests} entries, in order
 * @param capabilities the {@code capabilities} AuthSigs, in order
 * @param issuedAt the {@code issuedAt} text
 * @param expiration the {@code expiration} text
 * @param nodeAddress the {@code nodeAddress} text, e.g. {@code https://15.235.83.220:7470}
 * @param maxPrice Naga's {@code maxPrice} as written (any JSON value), or null when absent; see
 *     read by its accessor. A Datil node ignores it; a Naga node requires a string (node spec §2.2)
 */
public record SessionSignedMessage(
        String sessionKey,
        List<ResourceAbilityEntry> resourceAbilityRequests,
        List<AuthSig> capabilities,
        String issuedAt,
        String expiration,
        String nodeAddress,
        @Nullable JsonValue maxPrice) {

    /** A message without {@code maxPrice}, as Datil clients write it. */
    public SessionSignedMessage(
            String sessionKey,
            List<ResourceAbilityEntry> resourceAbilityRequests,
            List<AuthSig> capabilities,
            String issuedAt,
            String expiration,
            String nodeAddress) {
        this(sessionKey, resourceAbilityRequests, capabilities, issuedAt, expiration, nodeAddress, null);
    }

    public SessionSignedMessage {
        InvalidInputException.requireNonNull("signedMessage.sessionKey", sessionKey);
        InvalidInputException.requireNonNull("signedMessage.resourceAbilityRequests", resourceAbilityRequests);
        InvalidInputException.requireNonNull("signedMessage.capabilities", capabilities);
        InvalidInputException.requireNonNull("signedMessage.issuedAt", issuedAt);
        InvalidInputException.requireNonNull("signedMessage.expiration", expiration);
        InvalidInputException.requireNonNull("signedMessage.nodeAddress", nodeAddress);
        for (int i = 0; i < resourceAbilityRequests.size(); i++) {
            InvalidInputException.requireNonNull(
                    "signedMessage.resourceAbilityRequests[" + i + "]", resourceAbilityRequests.get(i));
        }
        for (int i = 0; i < capabilities.size(); i++) {
            InvalidInputException.requireNonNull("signedMessage.capabilities[" + i + "]", capabilities.get(i));
        }
        resourceAbilityRequests = List.copyOf(resourceAbilityRequests);
        capabilities = List.copyOf(capabilities);
    }

    /**
     * Parses a session-signed message as strictly as a Datil node, and stricter in one way: a key
     * repeated in any object is refused, even inside values the node ignores.
     *
     * <p>The top level must be one JSON object with the six keys above, each once; Naga's {@code maxPrice} is
     * kept as written, whatever its type (the verifier applies Naga's rule to it); other top-level keys are
     * ignored, as the node ignores them. Each
     * {@code resourceAbilityRequests} entry needs {@code resource.resource}, {@code resource.resourcePrefix}
     * and {@code ability} as strings; its other keys (the JS SDK's {@code data}) are ignored. Each
     * capability is read by {@link dev.lit4j.domain.auth.AuthSigJson#read}: only the five AuthSig keys.
     *
     * @throws InvalidInputException naming the offending path (e.g. {@code signedMessage.capabilities[0].foo})
     *     when the text is not such an object; a node answers it with
     *     {@code NodeAuthSigSignedMessageConversionError}
     */
    public static SessionSignedMessage parse(String signedMessage) {
        return SessionSignedMessageParser.parse(signedMessage);
    }

    /**
     * One {@code resourceAbilityRequests} entry as the node reads it: three strings, none of them
     * checked against the known prefixes or abilities.
     *
     * @param resourcePrefix the {@code resource.resourcePrefix} text, e.g. {@code lit-pkp}
     * @param resource the {@code resource.resource} text: an id or {@code *}
     * @param ability the {@code ability} text, e.g. {@code pkp-signing}
     */
    public record ResourceAbilityEntry(String resourcePrefix, String resource, String ability) {

        public ResourceAbilityEntry {
            InvalidInputException.requireNonNull("resourceAbilityRequest.resource.resourcePrefix", resourcePrefix);
            InvalidInputException.requireNonNull("resourceAbilityRequest.resource.resource", resource);
            InvalidInputException.requireNonNull("resourceAbilityRequest.ability", ability);
        }

        /** The entry the JS SDK writes for {@code request}. */
        public static ResourceAbilityEntry of(ResourceAbilityRequest request) {
            InvalidInputException.requireNonNull("resourceAbilityRequest", request);
            return new ResourceAbilityEntry(
                    request.resource().prefix().wireName(),
                    request.resource().id(),
                    request.ability().wireName());
        }

        /**
         * True if this entry lets a node serve {@code requested} (node spec §2.3): the prefix is the
         * requested one exactly, and the id is {@code *} or exactly the requested id. The ability is not
         * part of the rule.
         */
        public boolean covers(LitResource requested) {
            InvalidInputException.requireNonNull("resource", requested);
            return resourcePrefix.equals(requested.prefix().wireName())
                    && (resource.equals(LitResource.WILDCARD) || resource.equals(requested.id()));
        }

        /** {@code <prefix>://<resource> <ability>}, e.g. {@code lit-pkp://* pkp-signing}. */
        @Override
        public String toString() {
            return resourcePrefix + "://" + resource + " " + ability;
        }
    }
}
