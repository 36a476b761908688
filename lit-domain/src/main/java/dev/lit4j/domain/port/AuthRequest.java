package dev.lit4j.domain.port;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.session.SessionPublicKey;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an {@link AuthSigner} is asked to sign: the JS SDK's {@code AuthCallbackParams}. The session
 * key appears by its public half only; no signer ever needs the secret.
 *
 * @param chain the chain name, {@code ethereum} by default
 * @param statement the statement of the session capability object (the ReCap text to include)
 * @param resources the SIWE resources of the session capability object
 * @param expiration when the AuthSig must expire
 * @param uri the session key URI the AuthSig must delegate to, {@code lit:session:<hex>}
 * @param sessionKey the session public key
 * @param nonce a recent Ethereum block hash, the SIWE nonce
 * @param domain the SIWE domain, or {@code null} for the signer's default
 * @param resourceAbilityRequests what the session will be used for; the AuthSig's ReCap must grant each
 * @param litActionCode base64 Lit Action code for custom auth, or {@code null}
 * @param litActionIpfsId the IPFS id of a custom-auth Lit Action, or {@code null}
 * @param jsParams parameters for the Lit Action, or {@code null}
 */
public record AuthRequest(
        String chain,
        String statement,
        List<String> resources,
        Instant expiration,
        String uri,
        SessionPublicKey sessionKey,
        String nonce,
        @Nullable String domain,
        List<ResourceAbilityRequest> resourceAbilityRequests,
        @Nullable String litActionCode,
        @Nullable String litActionIpfsId,
        JsonValue.@Nullable Obj jsParams) {

    public AuthRequest {
        InvalidInputException.requireNonNull("authRequest.chain", chain);
        InvalidInputException.requireNonNull("authRequest.statement", statement);
        resources = List.copyOf(InvalidInputException.requireNonNull("authRequest.resources", resources));
        InvalidInputException.requireNonNull("authRequest.expiration", expiration);
        InvalidInputException.requireNonNull("authRequest.uri", uri);
        InvalidInputException.requireNonNull("authRequest.sessionKey", sessionKey);
        InvalidInputException.requireNonNull("authRequest.nonce", nonce);
        resourceAbilityRequests = List.copyOf(
                InvalidInputException.requireNonNull("authRequest.resourceAbilityRequests", resourceAbilityRequests));
        if (!uri.equals(sessionKey.uri())) {
            throw new InvalidInputException(
                    "authRequest.uri", "must be the session key URI " + sessionKey.uri() + ", got \"" + uri + "\"");
        }
    }
}
