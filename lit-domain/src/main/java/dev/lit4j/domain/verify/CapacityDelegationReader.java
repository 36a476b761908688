package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.siwe.SiweMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Reads the Capacity Credits delegations of a session sig's capabilities and decides whether one covers
 * a user, as Datil does before it counts a request against someone's NFTs (node spec §2.11): every
 * capability must be valid; then each ReCap ability {@code Auth/Auth} on a resource of scheme
 * {@code lit-ratelimitincrease} is a delegation, restricted by {@code nft_id}, {@code delegate_to} and
 * {@code uses}. A malformed restriction does not count. Immutable and thread-safe.
 *
 * <p>{@link #read} reads one capability's delegations without judging the capability, for reports.
 */
public final class CapacityDelegationReader {
    private static final String SCHEME = ResourcePrefix.RATE_LIMIT_INCREASE.wireName() + ":";
    private static final String ABILITY = LitAbility.RATE_LIMIT_INCREASE_AUTH.recapAbilityKey();
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");

    private final CapabilityValidator validator;

    CapacityDelegationReader(CapabilityValidator validator) {
        this.validator = validator;
    }

    /**
     * What capability {@code capabilityIndex} delegates, read from its SIWE's ReCaps as Datil reads them
     * (leniently decoded; the statement rule applied) but without checking the capability itself — its
     * signature, kind and times are not looked at. For an account of a session sig, not for a decision:
     * {@link SessionSigVerifier#verifyWithCapacityDelegation} decides.
     *
     * @throws InvalidInputException if {@code capability} is null or its signed message is not a SIWE message
     */
    public static Reading read(int capabilityIndex, AuthSig capability) {
        InvalidInputException.requireNonNull("capability", capability);
        SiweMessage siwe = SiweMessage.parse(capability.signedMessage());
        List<CapacityDelegationGrant> grants = new ArrayList<>();
        List<Finding> problems = new ArrayList<>();
        read(
                capabilityIndex,
                CapabilityCheck.label(capabilityIndex, capability.derivedVia(), capability.address()),
                siwe,
                RecapAuthorization.of(siwe),
                grants,
                problems);
        return new Reading(grants, problems);
    }

    /**
     * The capacity delegations one capability carries.
     *
     * @param grants the delegations a node would count
     * @param problems why a restriction, or the whole capability, does not count
     */
    public record Reading(List<CapacityDelegationGrant> grants, List<Finding> problems) {
        public Reading {
            InvalidInputException.requireNonNull("capacityDelegation.grants", grants);
            InvalidInputException.requireNonNull("capacityDelegation.problems", problems);
            grants = List.copyOf(grants);
            problems = List.copyOf(problems);
        }
    }

    CapacityDelegationCheck check(List<AuthSig> capabilities, EthAddress user, Instant now) {
        List<Finding> problems = new ArrayList<>();
        List<CapacityDelegationGrant> grants = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < capabilities.size(); i++) {
            CapabilityValidator.DelegationView view = validator.forDelegation(i, capabilities.get(i), now);
            if (view.evidence() == null) {
                Finding failure = view.check().failure().orElseThrow();
                problems.add(new Finding(
                        VerificationRule.DELEGATION_CAPABILITIES_VALID,
                        failure.subject(),
                        failure.capabilityIndex(),
                        failure.reason() + "; Datil refuses every capacity delegation of a"
                                + " session sig with an invalid capability"));
                allValid = false;
                continue;
            }
            CapabilityEvidence evidence = view.evidence();
            read(i, view.check().label(), evidence.siwe(), evidence.recaps(), grants, problems);
        }
        if (allValid && grants.isEmpty()) {
            problems.add(new Finding(
                    VerificationRule.DELEGATION_GRANT,
                    "session sig",
                    OptionalInt.empty(),
                    "no valid capability carries a capacity delegation (ability " + ABILITY + " on a " + SCHEME
                            + "// resource)"));
        } else if (allValid && grants.stream().noneMatch(grant -> grant.delegatesTo(user))) {
            List<String> whom = new ArrayList<>();
            for (CapacityDelegationGrant grant : grants) {
                whom.add("capability " + grant.capabilityIndex() + " delegates to "
                        + String.join(", ", grant.delegatees().orElseThrow()));
            }
            problems.add(new Finding(
                    VerificationRule.DELEGATION_GRANT,
                    "session sig",
                    OptionalInt.empty(),
                    "no capacity delegation names " + user + " (compared as " + user.lowercaseHexNoPrefix() + "): "
                            + String.join("; ", whom)));
        }
        boolean authorized = allValid && grants.stream().anyMatch(grant -> grant.delegatesTo(user));
        return new CapacityDelegationCheck(user, authorized, grants, problems);
    }

    private static void read(
            int index,
            String subject,
            SiweMessage siwe,
            RecapAuthorization recaps,
            List<CapacityDelegationGrant> grants,
            List<Finding> problems) {
        if (recaps.statementProblem() != null) {
            problems.add(new Finding(
                    VerificationRule.DELEGATION_RESTRICTION,
                    subject,
                    OptionalInt.of(index),
                    recaps.statementProblem() + "; its delegations do not count"));
            return;
        }
        for (RecapAuthorization.IndexedRecap indexed : recaps.recaps()) {
            Recap recap = indexed.recap();
            for (Map.Entry<String, SortedMap<String, List<JsonValue.Obj>>> att :
                    recap.attenuations().entrySet()) {
                List<JsonValue.Obj> restrictions = att.getValue().get(ABILITY);
                if (!att.getKey().startsWith(SCHEME) || restrictions == null) {
                    continue;
                }
                for (JsonValue.Obj restriction : restrictions) {
                    Optional<String> malformed = malformed(restriction);
                    if (malformed.isPresent()) {
                        problems.add(new Finding(
                                VerificationRule.DELEGATION_RESTRICTION,
                                subject,
                                OptionalInt.of(index),
                                "its restriction on " + att.getKey() + " " + malformed.get() + "; it does not count"));
                        continue;
                    }
                    grants.add(new CapacityDelegationGrant(
                            index,
                            siwe.address(),
                            att.getKey(),
                            strings(restriction, "nft_id"),
                            strings(restriction, "delegate_to"),
                            restriction.get("uses").map(uses -> ((JsonValue.Str) uses).value()),
                            Optional.ofNullable(siwe.expirationTime())));
                }
            }
        }
    }

    private static Optional<String> malformed(JsonValue.Obj restriction) {
        Optional<JsonValue> tokenIds = restriction.get("nft_id");
        if (tokenIds.isPresent() && !isStrings(tokenIds.get(), true)) {
            return Optional.of("has an nft_id that is not an array of decimal token-id strings");
        }
        Optional<JsonValue> delegatees = restriction.get("delegate_to");
        if (delegatees.isPresent() && !isStrings(delegatees.get(), false)) {
            return Optional.of("has a delegate_to that is not an array of address strings");
        }
        Optional<JsonValue> uses = restriction.get("uses");
        if (uses.isPresent()
                && !(uses.get() instanceof JsonValue.Str text
                        && DECIMAL.matcher(text.value()).matches())) {
            return Optional.of("has a uses that is not a decimal string");
        }
        return Optional.empty();
    }

    private static boolean isStrings(JsonValue value, boolean decimal) {
        return value instanceof JsonValue.Arr array
                && array.items().stream()
                        .allMatch(item -> item instanceof JsonValue.Str text
                                && (!decimal || DECIMAL.matcher(text.value()).matches()));
    }

    private static Optional<List<String>> strings(JsonValue.Obj restriction, String name) {
        return restriction
                .get(name)
                .map(value -> ((JsonValue.Arr) value)
                        .items().stream()
                                .map(item -> ((JsonValue.Str) item).value())
                                .toList());
    }
}
