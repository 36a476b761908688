package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.naga.internal.U256Text;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.siwe.PaymentDelegationScope;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;

/**
 * Reads the Naga payment delegations of a session sig's capabilities and decides whether one pays for a request
 * (node spec §2.11, {@code check_for_payment_delegation}): capabilities that fail validation are skipped; in the
 * others, each ReCap ability {@code Auth/Auth} on a resource of scheme {@code lit-paymentdelegation} is a
 * delegation whose restriction must have {@code delegate_to} (strings), {@code max_price} (hex) and {@code scopes}
 * (known scope names), or it does not count. Immutable and thread-safe.
 */
final class PaymentDelegationReader {
    private static final String SCHEME = ResourcePrefix.PAYMENT_DELEGATION.wireName() + ":";
    private static final String ABILITY = LitAbility.PAYMENT_DELEGATION.recapAbilityKey();
    private static final String SUBJECT = "session sig";

    private final CapabilityValidator validator;

    PaymentDelegationReader(CapabilityValidator validator) {
        this.validator = validator;
    }

    PaymentDelegationCheck check(
            List<AuthSig> capabilities,
            EthAddress user,
            PaymentDelegationScope scope,
            BigInteger sessionMaxPrice,
            Instant now) {
        List<Finding> problems = new ArrayList<>();
        List<PaymentDelegationGrant> grants = new ArrayList<>();
        for (int i = 0; i < capabilities.size(); i++) {
            CapabilityValidator.DelegationView view = validator.forDelegation(i, capabilities.get(i), now);
            if (view.evidence() == null) {
                Finding failure = view.check().failure().orElseThrow();
                problems.add(new Finding(
                        VerificationRule.PAYMENT_DELEGATION_CAPABILITY,
                        failure.subject(),
                        failure.capabilityIndex(),
                        failure.reason() + "; Naga skips it"));
                continue;
            }
            CapabilityEvidence evidence = view.evidence();
            if (evidence.recaps().statementProblem() != null) {
                problems.add(new Finding(
                        VerificationRule.PAYMENT_DELEGATION_RESTRICTION,
                        view.check().label(),
                        OptionalInt.of(i),
                        evidence.recaps().statementProblem() + "; its delegations do not count"));
                continue;
            }
            for (RecapAuthorization.IndexedRecap indexed : evidence.recaps().recaps()) {
                read(i, view.check().label(), evidence, indexed.recap(), grants, problems);
            }
        }
        boolean authorized = grants.stream().anyMatch(grant -> covers(grant, user, scope, sessionMaxPrice));
        if (grants.isEmpty()) {
            problems.add(new Finding(
                    VerificationRule.PAYMENT_DELEGATION_GRANT,
                    SUBJECT,
                    OptionalInt.empty(),
                    "no valid capability carries a payment delegation (ability " + ABILITY + " on a " + SCHEME
                            + "// resource)"));
        } else if (!authorized) {
            for (PaymentDelegationGrant grant : grants) {
                problems.add(new Finding(
                        VerificationRule.PAYMENT_DELEGATION_GRANT,
                        SUBJECT,
                        OptionalInt.of(grant.capabilityIndex()),
                        whyNot(grant, user, scope, sessionMaxPrice)));
            }
        }
        return new PaymentDelegationCheck(user, scope, sessionMaxPrice, authorized, grants, problems);
    }

    private static boolean covers(
            PaymentDelegationGrant grant, EthAddress user, PaymentDelegationScope scope, BigInteger sessionMaxPrice) {
        return grant.delegatesTo(user)
                && grant.scopes().contains(scope.wireName())
                && sessionMaxPrice.compareTo(grant.maxPrice()) <= 0;
    }

    private static String whyNot(
            PaymentDelegationGrant grant, EthAddress user, PaymentDelegationScope scope, BigInteger sessionMaxPrice) {
        if (!grant.delegatesTo(user)) {
            return "its payment delegation does not name " + user + " (compared as " + user.lowercaseHexNoPrefix()
                    + ")";
        }
        if (!grant.scopes().contains(scope.wireName())) {
            return "its payment delegation does not list the scope " + scope.wireName();
        }
        return "the session's maxPrice " + sessionMaxPrice + " is above the delegation's max_price " + grant.maxPrice();
    }

    private static void read(
            int index,
            String subject,
            CapabilityEvidence evidence,
            Recap recap,
            List<PaymentDelegationGrant> grants,
            List<Finding> problems) {
        for (Map.Entry<String, SortedMap<String, List<JsonValue.Obj>>> att :
                recap.attenuations().entrySet()) {
            List<JsonValue.Obj> restrictions = att.getValue().get(ABILITY);
            if (!att.getKey().startsWith(SCHEME) || restrictions == null) {
                continue;
            }
            for (JsonValue.Obj restriction : restrictions) {
                try {
                    grants.add(new PaymentDelegationGrant(
                            index,
                            evidence.siwe().address(),
                            att.getKey(),
                            strings(restriction, "delegate_to", false),
                            maxPrice(restriction),
                            strings(restriction, "scopes", true),
                            Optional.ofNullable(evidence.siwe().expirationTime())));
                } catch (InvalidInputException e) {
                    problems.add(new Finding(
                            VerificationRule.PAYMENT_DELEGATION_RESTRICTION,
                            subject,
                            OptionalInt.of(index),
                            "its restriction on " + att.getKey() + " has " + e.getMessage() + "; it does not count"));
                }
            }
        }
    }

    private static BigInteger maxPrice(JsonValue.Obj restriction) {
        Optional<JsonValue> value = restriction.get("max_price");
        if (value.isEmpty() || !(value.get() instanceof JsonValue.Str text)) {
            throw new InvalidInputException("max_price", value.isEmpty() ? "is missing" : "must be a hex string");
        }
        return U256Text.hex("max_price", text.value());
    }

    private static List<String> strings(JsonValue.Obj restriction, String name, boolean scopes) {
        Optional<JsonValue> value = restriction.get(name);
        if (value.isEmpty() || !(value.get() instanceof JsonValue.Arr array)) {
            throw new InvalidInputException(name, value.isEmpty() ? "is missing" : "must be an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array.items()) {
            if (!(item instanceof JsonValue.Str text)) {
                throw new InvalidInputException(name, "must be an array of strings");
            }
            if (scopes) {
                PaymentDelegationScope.fromWireName(name, text.value());
            }
            out.add(text.value());
        }
        return out;
    }
}
