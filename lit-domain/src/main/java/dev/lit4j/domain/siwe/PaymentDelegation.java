package dev.lit4j.domain.siwe;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;

/**
 * What a Naga payer delegates (operations spec §5.5): to whom, up to which price per request, for which
 * endpoints. The delegatees' requests are then paid from the payer's ledger balance, as long as their session
 * sig's {@code maxPrice} is at most {@link #maxPrice()} (node spec §2.11).
 *
 * @param delegatees who may spend, at least one
 * @param maxPrice the most one request may cost, in wei
 * @param scopes the endpoints covered, at least one, each once (a repeat is dropped, as the JS SDK does)
 */
public record PaymentDelegation(List<EthAddress> delegatees, BigInteger maxPrice, List<PaymentDelegationScope> scopes) {

    public PaymentDelegation {
        InvalidInputException.requireNonNull("paymentDelegation.delegatees", delegatees);
        InvalidInputException.requireNonNull("paymentDelegation.maxPrice", maxPrice);
        InvalidInputException.requireNonNull("paymentDelegation.scopes", scopes);
        if (delegatees.isEmpty()) {
            throw new InvalidInputException("paymentDelegation.delegatees", "is empty; name at least one address");
        }
        for (int i = 0; i < delegatees.size(); i++) {
            InvalidInputException.requireNonNull("paymentDelegation.delegatees[" + i + "]", delegatees.get(i));
        }
        if (maxPrice.signum() < 0) {
            throw new InvalidInputException("paymentDelegation.maxPrice", "must not be negative, got " + maxPrice);
        }
        if (scopes.isEmpty()) {
            throw new InvalidInputException(
                    "paymentDelegation.scopes",
                    "is empty; name at least one of " + List.of(PaymentDelegationScope.values()));
        }
        for (int i = 0; i < scopes.size(); i++) {
            InvalidInputException.requireNonNull("paymentDelegation.scopes[" + i + "]", scopes.get(i));
        }
        delegatees = List.copyOf(delegatees);
        scopes = List.copyOf(new LinkedHashSet<>(scopes));
    }

    /** {@code lit-paymentdelegation://*}, as the JS SDK writes it. */
    public LitResource resource() {
        return LitResource.wildcard(ResourcePrefix.PAYMENT_DELEGATION);
    }

    /**
     * The nota-bene object: {@code {"delegate_to":[<lower-case address without 0x>…],"max_price":"<hex without
     * 0x>","scopes":[…]}}.
     */
    public JsonValue.Obj restriction() {
        List<String> addresses = new ArrayList<>();
        for (EthAddress delegatee : delegatees) {
            addresses.add(delegatee.checksummed().substring(2).toLowerCase(Locale.ROOT));
        }
        List<String> scopeNames = new ArrayList<>();
        for (PaymentDelegationScope scope : scopes) {
            scopeNames.add(scope.wireName());
        }
        return JsonValue.Obj.builder()
                .put("delegate_to", JsonValue.ofStrings(addresses))
                .put("max_price", JsonValue.of(maxPrice.toString(16)))
                .put("scopes", JsonValue.ofStrings(scopeNames))
                .build();
    }

    /** The request: {@code lit-payment-delegation} ({@code Auth/Auth}) on {@link #resource()}, {@link #restriction()}. */
    public ResourceAbilityRequest request() {
        return new ResourceAbilityRequest(resource(), LitAbility.PAYMENT_DELEGATION, restriction());
    }
}
