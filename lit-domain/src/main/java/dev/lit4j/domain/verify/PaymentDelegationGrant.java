package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.ethereum.EthAddress;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Naga payment delegation found in a valid capability (node spec §2.11): the restriction of an {@code Auth/Auth}
 * ability on a {@code lit-paymentdelegation} resource of its ReCap.
 *
 * @param capabilityIndex the index of the capability that carries it
 * @param payer the delegator: the signer of the capability's SIWE, whose ledger balance pays
 * @param resource the ReCap resource, e.g. {@code lit-paymentdelegation://*}
 * @param delegatees the {@code delegate_to} entries as written (the JS SDK writes lower-case hex without {@code 0x})
 * @param maxPrice {@code max_price}, read as hex
 * @param scopes the {@code scopes}, e.g. {@code pkp_sign}
 * @param expiration the {@code Expiration Time} of the capability's SIWE, or empty if it has none
 */
public record PaymentDelegationGrant(
        int capabilityIndex,
        EthAddress payer,
        String resource,
        List<String> delegatees,
        BigInteger maxPrice,
        List<String> scopes,
        Optional<String> expiration) {

    public PaymentDelegationGrant {
        InvalidInputException.requireNonNull("paymentDelegation.payer", payer);
        InvalidInputException.requireNonNull("paymentDelegation.resource", resource);
        InvalidInputException.requireNonNull("paymentDelegation.maxPrice", maxPrice);
        InvalidInputException.requireNonNull("paymentDelegation.expiration", expiration);
        delegatees = List.copyOf(InvalidInputException.requireNonNull("paymentDelegation.delegate_to", delegatees));
        scopes = List.copyOf(InvalidInputException.requireNonNull("paymentDelegation.scopes", scopes));
    }

    /**
     * True if an entry of {@code delegate_to}, lower-cased, is the user's address as lower-case hex without
     * {@code 0x} (the node's comparison, so an entry written with {@code 0x} never matches).
     */
    public boolean delegatesTo(EthAddress user) {
        InvalidInputException.requireNonNull("user", user);
        String wanted = user.lowercaseHexNoPrefix();
        return delegatees.stream()
                .anyMatch(entry -> entry.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** The delegation in words: payer, delegatees, price cap, scopes and expiry. */
    @Override
    public String toString() {
        return "capability " + capabilityIndex + " delegates payment from " + payer + " to "
                + PrintableText.of(String.join(", ", delegatees), PrintableText.MAX_LINE_LENGTH) + " up to " + maxPrice
                + " wei per request for " + PrintableText.of(String.join(", ", scopes)) + "; expires "
                + expiration.map(PrintableText::of).orElse("never");
    }
}
