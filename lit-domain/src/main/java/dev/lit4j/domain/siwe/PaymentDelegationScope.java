package dev.lit4j.domain.siwe;

import dev.lit4j.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * Which Naga endpoints a payment delegation pays for (operations spec §5.5, node spec §2.11), each with the
 * wire name a delegation's {@code scopes} lists.
 */
public enum PaymentDelegationScope {
    /** {@code encryption/sign/v2} (decryption). */
    ENCRYPTION_SIGN("encryption_sign"),
    /** {@code execute/v2}. */
    LIT_ACTION("lit_action"),
    /** {@code pkp/sign/v2}. */
    PKP_SIGN("pkp_sign"),
    /** {@code sign_session_key/v2}. */
    SIGN_SESSION_KEY("sign_session_key");

    private final String wireName;

    PaymentDelegationScope(String wireName) {
        this.wireName = wireName;
    }

    /** The name in a delegation's {@code scopes}, e.g. {@code pkp_sign}. */
    public String wireName() {
        return wireName;
    }

    /**
     * The scope whose wire name is exactly {@code wireName}.
     *
     * @throws InvalidInputException naming {@code field} and the valid names otherwise
     */
    public static PaymentDelegationScope fromWireName(String field, String wireName) {
        InvalidInputException.requireNonNull(field, wireName);
        List<String> names = new ArrayList<>();
        for (PaymentDelegationScope scope : values()) {
            if (scope.wireName.equals(wireName)) {
                return scope;
            }
            names.add(scope.wireName);
        }
        throw new InvalidInputException(
                field,
                "unknown payment delegation scope \"" + wireName + "\"; expected one of " + String.join(", ", names));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
