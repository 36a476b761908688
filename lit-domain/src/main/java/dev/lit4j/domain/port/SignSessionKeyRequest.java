package dev.lit4j.domain.port;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.session.SessionPublicKey;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A request to the Lit nodes to BLS-sign a session key for a PKP (client spec §7.4): every node checks
 * the auth methods (or runs the Lit Action) against the PKP's permissions, rebuilds the SIWE with the
 * auth context, and signs it with its key share.
 *
 * @param sessionKey the session key to delegate to (sent as its URI {@code lit:session:<hex>})
 * @param authMethods the auth methods that prove the right to use the PKP; may be empty for a Lit Action
 * @param pkpPublicKey the PKP
 * @param siweMessage the client SIWE text (§7.3), with a ReCap of the requested capabilities
 * @param litActionCode base64 code of a custom-auth Lit Action, or {@code null}
 * @param litActionIpfsId the IPFS id of a custom-auth Lit Action, or {@code null}
 * @param jsParams the Lit Action's parameters, or {@code null}
 */
public record SignSessionKeyRequest(
        SessionPublicKey sessionKey,
        List<AuthMethod> authMethods,
        PkpPublicKey pkpPublicKey,
        String siweMessage,
        @Nullable String litActionCode,
        @Nullable String litActionIpfsId,
        JsonValue.@Nullable Obj jsParams) {

    public SignSessionKeyRequest {
        InvalidInputException.requireNonNull("signSessionKey.sessionKey", sessionKey);
        authMethods = List.copyOf(InvalidInputException.requireNonNull("signSessionKey.authMethods", authMethods));
        InvalidInputException.requireNonNull("signSessionKey.pkpPublicKey", pkpPublicKey);
        InvalidInputException.requireNonNull("signSessionKey.siweMessage", siweMessage);
        if (litActionCode != null && litActionIpfsId != null) {
            throw new InvalidInputException(
                    "signSessionKey.litActionCode", "give either the Lit Action code or its IPFS id, not both");
        }
    }
}
