package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.pkp.AuthMethodType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a request's {@code authMethods} into the auth method contexts of its auth context (node spec §3.4
 * step 4), in order. The local network verifies EthWallet methods ({@link EthWalletAuthMethod}); the OAuth,
 * WebAuthn and Stytch types need the providers' servers and are answered as unsupported types. Stateless.
 */
public final class AuthMethodVerifier {
    private AuthMethodVerifier() {}

    /**
     * The context of every method, or the first failure.
     *
     * @throws LitNodeError from {@link EthWalletAuthMethod#verify}, or an uncoded {@code Validation} error
     *     (HTTP 500) "Unsupported auth method type: n" for any type but 1
     */
    public static List<AuthMethodContext> verifyAll(List<RequestAuthMethod> methods, Instant now) {
        InvalidInputException.requireNonNull("authMethods", methods);
        List<AuthMethodContext> contexts = new ArrayList<>(methods.size());
        for (RequestAuthMethod method : methods) {
            if (!method.type().equals(AuthMethodType.ETH_WALLET)) {
                throw LitNodeError.uncoded(
                        ErrorKind.VALIDATION,
                        "Failed to verify auth method",
                        "Unsupported auth method type: " + method.type().value());
            }
            contexts.add(EthWalletAuthMethod.verify(method.accessToken(), now));
        }
        return List.copyOf(contexts);
    }
}
