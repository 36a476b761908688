package dev.lit4j.domain.resource;

import dev.lit4j.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a session may do with a resource (client spec §2.3): each ability has its wire name, the one
 * resource kind it is valid on, and the ReCap namespace and name it maps to.
 */
public enum LitAbility {
    /** Decrypt data guarded by access control conditions: {@code Threshold/Decryption}. */
    ACCESS_CONTROL_CONDITION_DECRYPTION(
            "access-control-condition-decryption", ResourcePrefix.ACCESS_CONTROL_CONDITION, "Threshold", "Decryption"),
    /** Sign (a JWT) under access control conditions: {@code Threshold/Signing}. */
    ACCESS_CONTROL_CONDITION_SIGNING(
            "access-control-condition-signing", ResourcePrefix.ACCESS_CONTROL_CONDITION, "Threshold", "Signing"),
    /** Sign with a PKP: {@code Threshold/Signing}. */
    PKP_SIGNING("pkp-signing", ResourcePrefix.PKP, "Threshold", "Signing"),
    /** Use (delegate) Capacity Credits: {@code Auth/Auth}. */
    RATE_LIMIT_INCREASE_AUTH("rate-limit-increase-auth", ResourcePrefix.RATE_LIMIT_INCREASE, "Auth", "Auth"),
    /** Run a Lit Action: {@code Threshold/Execution}. */
    LIT_ACTION_EXECUTION("lit-action-execution", ResourcePrefix.LIT_ACTION, "Threshold", "Execution"),
    /** Let others' requests be paid from the signer's Naga ledger balance: {@code Auth/Auth}. */
    PAYMENT_DELEGATION("lit-payment-delegation", ResourcePrefix.PAYMENT_DELEGATION, "Auth", "Auth");

    private final String wireName;
    private final ResourcePrefix resourcePrefix;
    private final String recapNamespace;
    private final String recapName;

    LitAbility(String wireName, ResourcePrefix resourcePrefix, String recapNamespace, String recapName) {
        this.wireName = wireName;
        this.resourcePrefix = resourcePrefix;
        this.recapNamespace = recapNamespace;
        this.recapName = recapName;
    }

    /** The wire name, e.g. {@code pkp-signing}. */
    public String wireName() {
        return wireName;
    }

    /** The kind of resource this ability is valid on. */
    public ResourcePrefix resourcePrefix() {
        return resourcePrefix;
    }

    /** The ReCap namespace, {@code Threshold} or {@code Auth}. */
    public String recapNamespace() {
        return recapNamespace;
    }

    /** The ReCap ability name, e.g. {@code Signing}. */
    public String recapName() {
        return recapName;
    }

    /** The ReCap ability key {@code <namespace>/<name>}, e.g. {@code Threshold/Signing}. */
    public String recapAbilityKey() {
        return recapNamespace + "/" + recapName;
    }

    /** True if this ability may be requested on {@code resource} ({@code isValidLitAbility} in JS). */
    public boolean isValidOn(LitResource resource) {
        return resource.prefix() == resourcePrefix;
    }

    /**
     * Requires that this ability may be requested on {@code resource}.
     *
     * @throws InvalidInputException naming {@code field} and the resource kind the ability needs
     */
    public void requireValidOn(String field, LitResource resource) {
        if (resource.prefix().isNodeOnly()) {
            throw new InvalidInputException(
                    field,
                    "resource \"" + resource.key() + "\" is node-only ("
                            + resource.prefix().wireName() + "); a client must not request any ability on it");
        }
        if (!isValidOn(resource)) {
            throw new InvalidInputException(
                    field,
                    "ability \"" + wireName + "\" is not valid on resource \"" + resource.key()
                            + "\"; it applies only to " + resourcePrefix.wireName() + " resources");
        }
    }

    /**
     * The ability whose wire name is exactly {@code wireName}.
     *
     * @throws InvalidInputException naming {@code field} and listing the valid names otherwise
     */
    public static LitAbility fromWireName(String field, String wireName) {
        InvalidInputException.requireNonNull(field, wireName);
        for (LitAbility ability : values()) {
            if (ability.wireName.equals(wireName)) {
                return ability;
            }
        }
        List<String> names = new ArrayList<>();
        for (LitAbility ability : values()) {
            names.add(ability.wireName);
        }
        throw new InvalidInputException(
                field, "unknown ability \"" + wireName + "\"; expected one of " + String.join(", ", names));
    }

    @Override
    public String toString() {
        return wireName;
    }
}
