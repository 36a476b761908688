package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.siwe.internal.SiweRecaps;
import dev.lit4j.network.chain.Block;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The SIWE a Datil node signs for a PKP session (node spec §3.5, client spec §7.5 step 8). It depends only
 * on the request, the chain and the auth context, never on the node, so every node builds the same text and
 * the signature shares combine.
 *
 * <p>From the client's SIWE it keeps the domain, statement, URI, version, chain id, expiration time, not-before
 * and request id. The address becomes the PKP's; the nonce the block hash; the issue time the block's time,
 * written with whole seconds and {@code Z}. The user's ReCap (the last resource) is merged with the node's
 * capability {@code lit-resolvedauthcontext://*} → {@code Auth/Auth} → {@code [{"auth_context": …}]}; the
 * merged ReCap is the only resource, and its statement is appended to the client's statement (which already
 * ends with the user's ReCap statement, so that text appears twice). Stateless.
 */
public final class NodeSessionSiwe {
    /** The resource key of the node's auth-context capability. */
    public static final String AUTH_CONTEXT_RESOURCE =
            LitResource.wildcard(ResourcePrefix.RESOLVED_AUTH_CONTEXT).key();
    /** The nota-bene key under which the auth context is written. */
    public static final String AUTH_CONTEXT_KEY = "auth_context";

    private static final DateTimeFormatter WHOLE_SECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

    private NodeSessionSiwe() {}

    /**
     * The node's SIWE.
     *
     * @param client the request's SIWE, already checked
     * @param pkpAddress the PKP's Ethereum address
     * @param nonceBlock the block the client's nonce names
     * @param authContext the auth context JSON ({@link AuthContextJson})
     * @throws LitNodeError an uncoded {@code Conversion} error (HTTP 500) "Unable to convert SIWE into
     *     Capability object" if the client's last resource is not a ReCap, or {@code NodeSIWECapabilityInvalid}
     *     (400) if it does not decode or the statement does not end with its statement
     */
    public static SiweMessage build(
            SiweMessage client, EthAddress pkpAddress, Block nonceBlock, JsonValue.Obj authContext) {
        InvalidInputException.requireNonNull("siwe", client);
        InvalidInputException.requireNonNull("pkpAddress", pkpAddress);
        InvalidInputException.requireNonNull("nonceBlock", nonceBlock);
        InvalidInputException.requireNonNull("authContext", authContext);
        Recap user = userRecap(client);
        Recap node = Recap.empty()
                .withAttenuation(
                        AUTH_CONTEXT_RESOURCE,
                        "Auth",
                        "Auth",
                        JsonValue.Obj.builder()
                                .put(AUTH_CONTEXT_KEY, authContext)
                                .build());
        Recap merged = node.merge(user);
        // a user ReCap is only found in a SIWE whose statement ends with its text, so there is a statement
        String statement = client.statement() + " " + merged.statement();
        return new SiweMessage(
                client.domain(),
                pkpAddress,
                statement,
                client.uri(),
                client.version(),
                client.chainId(),
                nonceBlock.hash(),
                WHOLE_SECONDS.format(nonceBlock.timestamp()),
                client.expirationTime(),
                client.notBefore(),
                client.requestId(),
                List.of(merged.encode()));
    }

    // Like siwe-recap's extract_and_verify: only the last resource counts; one that is no ReCap URN means
    // "no capability", one that is but does not decode or match the statement is an error.
    private static Recap userRecap(SiweMessage client) {
        List<String> resources = client.resources();
        boolean lastIsRecap = resources != null
                && !resources.isEmpty()
                && resources.get(resources.size() - 1).startsWith(RecapUrn.PREFIX);
        if (!lastIsRecap) {
            throw LitNodeError.uncoded(ErrorKind.CONVERSION, "Unable to convert SIWE into Capability object");
        }
        return SiweRecaps.extractAndVerify(client)
                .orElseThrow(() -> LitNodeError.of(
                                NodeErrorCode.NODE_SIWE_CAPABILITY_INVALID,
                                "Unable to extract and verify user's capability object",
                                "the last resource is not a valid ReCap, or the statement does not end with its statement")
                        .withKind(ErrorKind.PARSER));
    }
}
