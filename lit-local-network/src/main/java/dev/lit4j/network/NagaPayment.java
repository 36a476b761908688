package dev.lit4j.network;

import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.domain.naga.internal.U256Text;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.math.BigInteger;
import java.util.Optional;

/**
 * The payment step of a Naga node's operation routes (node spec §2.11; operations spec §5.4): the node's price for
 * the product must not exceed the {@code maxPrice} the client granted it, and someone must pay it: a payment
 * delegation's payer or the user, on the network's {@link NagaLedger}. Stateless.
 */
final class NagaPayment {
    private NagaPayment() {}

    /**
     * The {@code maxPrice} of a session sig the Naga verifier accepted (which requires it, node spec §2.2).
     */
    static BigInteger maxPrice(AuthSig sessionSig) {
        return U256Text.sessionMaxPrice(
                "maxPrice",
                SessionSignedMessage.parse(sessionSig.signedMessage()).maxPrice());
    }

    /** The payment-delegation scope that covers {@code product} (operations spec §5.5). */
    static PaymentDelegationScope scopeOf(NagaProduct product) {
        return switch (product) {
            case DECRYPTION -> PaymentDelegationScope.ENCRYPTION_SIGN;
            case SIGN -> PaymentDelegationScope.PKP_SIGN;
            case LIT_ACTION -> PaymentDelegationScope.LIT_ACTION;
            case SIGN_SESSION_KEY -> PaymentDelegationScope.SIGN_SESSION_KEY;
        };
    }

    /**
     * Requires the session's {@code maxPrice} to cover the node's price for {@code product}.
     *
     * @throws LitNodeError {@code PaymentFailed} (402, kind {@code Generic}) naming both amounts otherwise
     */
    static void requireCovered(NodeContext node, BigInteger maxPrice, NagaProduct product) {
        BigInteger price = node.prices().price(product);
        if (price.compareTo(maxPrice) > 0) {
            throw LitNodeError.of(
                            NodeErrorCode.PAYMENT_FAILED,
                            "max_price: " + maxPrice + " is less than the endpoint price:  " + price)
                    .withKind(ErrorKind.GENERIC);
        }
    }

    /**
     * Finds who pays {@code price} for {@code user}'s request and charges it, in lit-peer's order after the price
     * check: a payment delegation among the session's capabilities that covers the request ({@code delegated},
     * node spec §2.11), then the user itself.
     *
     * @param delegated the payer a valid payment delegation names for this request, if any
     * @throws LitNodeError {@code PaymentFailed} (402, kind {@code Generic}) if neither can pay
     */
    static void charge(NodeContext node, EthAddress user, Optional<EthAddress> delegated, NagaProduct product) {
        BigInteger price = node.prices().price(product);
        StringBuilder failures = new StringBuilder();
        if (delegated.isPresent()) {
            if (node.ledger().charge(delegated.get(), price)) {
                return;
            }
            failures.append(" Delegator failed to pay: ")
                    .append(delegated.get())
                    .append("'s balance ")
                    .append(node.ledger().balance(delegated.get()))
                    .append(" does not cover ")
                    .append(price)
                    .append(';');
        } else {
            failures.append(" No payment delegation covers the request;");
        }
        if (node.ledger().charge(user, price)) {
            return;
        }
        failures.append(" Self failed to pay: ")
                .append(user)
                .append("'s balance ")
                .append(node.ledger().balance(user))
                .append(" does not cover ")
                .append(price);
        throw LitNodeError.of(NodeErrorCode.PAYMENT_FAILED, failures.toString()).withKind(ErrorKind.GENERIC);
    }
}
