package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import java.util.List;

/**
 * Whether a session sig's capabilities let {@code user} spend someone's Capacity Credits, as a Datil node
 * decides it (node spec §2.11): every capability must be valid, and a delegation must name the user.
 * Usage counts ({@code uses}) are kept by the nodes and cannot be checked here; they are reported.
 *
 * @param user the requesting address the check was made for
 * @param authorized true if every capability is valid and a delegation covers {@code user}
 * @param grants every delegation found in the valid capabilities
 * @param problems the rules that failed; when {@code authorized}, only those that did not prevent it (a
 *     malformed delegation next to a valid one)
 */
public record CapacityDelegationCheck(
        EthAddress user, boolean authorized, List<CapacityDelegationGrant> grants, List<Finding> problems) {

    public CapacityDelegationCheck {
        InvalidInputException.requireNonNull("capacityDelegation.user", user);
        InvalidInputException.requireNonNull("capacityDelegation.grants", grants);
        InvalidInputException.requireNonNull("capacityDelegation.problems", problems);
        grants = List.copyOf(grants);
        problems = List.copyOf(problems);
        if (!authorized && problems.isEmpty()) {
            throw new InvalidInputException("capacityDelegation", "a refused check names its problems");
        }
    }
}
