package dev.lit4j.network.pkp;

import dev.lit4j.domain.InvalidInputException;
import java.util.Set;

/**
 * An auth method a PKP permits, with the scopes it was granted.
 *
 * @param type the auth method type
 * @param id the auth method id
 * @param scopes the granted scopes
 */
public record PermittedAuthMethod(AuthMethodType type, AuthMethodId id, Set<AuthMethodScope> scopes) {

    public PermittedAuthMethod {
        InvalidInputException.requireNonNull("type", type);
        InvalidInputException.requireNonNull("id", id);
        scopes = Set.copyOf(InvalidInputException.requireNonNull("scopes", scopes));
    }
}
