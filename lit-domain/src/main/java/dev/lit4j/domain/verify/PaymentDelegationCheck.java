package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import java.math.BigInteger;
import java.util.List;

/**
 * Whether a session sig's capabilities let someone else's Naga ledger pay for {@code user}'s request, as a Naga
 * node decides it from the capabilities (node spec §2.11): a valid capability's payment delegation names the
 * user and the endpoint's scope, and its {@code max_price} is at least the session's {@code maxPrice}. Invalid
 * capabilities are skipped. The on-chain parts — the payer's ledger balance and the PaymentDelegation
 * contract's payer database, which a node consults first — cannot be checked here.
 *
 * @param user the requesting address
 * @param scope the endpoint's scope
 * @param sessionMaxPrice the session sig's {@code maxPrice}
 * @param authorized true if a delegation covers the request
 * @param grants every well-formed delegation found in the valid capabilities
 * @param problems why capabilities or delegations do not count, and, when not authorized, why none covers it
 */
public record PaymentDelegationCheck(
        EthAddress user,
        PaymentDelegationScope scope,
        BigInteger sessionMaxPrice,
        boolean authorized,
        List<PaymentDelegationGrant> grants,
        List<Finding> problems) {

    public PaymentDelegationCheck {
        InvalidInputException.requireNonNull("paymentDelegation.user", user);
        InvalidInputException.requireNonNull("paymentDelegation.scope", scope);
        InvalidInputException.requireNonNull("paymentDelegation.sessionMaxPrice", sessionMaxPrice);
        grants = List.copyOf(InvalidInputException.requireNonNull("paymentDelegation.grants", grants));
        problems = List.copyOf(InvalidInputException.requireNonNull("paymentDelegation.problems", problems));
        if (!authorized && problems.isEmpty()) {
            throw new InvalidInputException("paymentDelegation", "a refused check names its problems");
        }
    }
}
