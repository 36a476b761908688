package dev.lit4j.domain.resource;

import dev.lit4j.domain.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The kinds of Lit resource, each with its wire name: the part before {@code ://} in a resource key
 * and the {@code resourcePrefix} of a resource-ability request (client spec §2.1).
 */
public enum ResourcePrefix {
    /** Data encrypted under access control conditions: id {@code <conditions hash>/<data hash>} or {@code *}. */
    ACCESS_CONTROL_CONDITION("lit-accesscontrolcondition", false),
    /** A PKP: id is its token id, 64 hex digits, or {@code *}. */
    PKP("lit-pkp", false),
    /** A Capacity Credits NFT (rate-limit increase): id is its decimal token id, or {@code *}. */
    RATE_LIMIT_INCREASE("lit-ratelimitincrease", false),
    /** A Lit Action: id is its IPFS CID, or {@code *}. */
    LIT_ACTION("lit-litaction", false),
    /**
     * A Naga payment delegation (operations spec §5.5): id {@code *} as the JS SDK writes it; a node reads only
     * the scheme.
     */
    PAYMENT_DELEGATION("lit-paymentdelegation", false),
    /**
     * The auth context a node adds to the PKP session SIWE it signs (node spec §3.5). Node-only: it
     * appears in ReCaps the nodes produce, and a client must never request it.
     */
    RESOLVED_AUTH_CONTEXT("lit-resolvedauthcontext", true);

    private final String wireName;
    private final boolean nodeOnly;

    ResourcePrefix(String wireName, boolean nodeOnly) {
        this.wireName = wireName;
        this.nodeOnly = nodeOnly;
    }

    /** The wire name, e.g. {@code lit-pkp}. */
    public String wireName() {
        return wireName;
    }

    /** True for {@link #RESOLVED_AUTH_CONTEXT}, which only nodes write and clients must not request. */
    public boolean isNodeOnly() {
        return nodeOnly;
    }

    /**
     * The prefix whose wire name is exactly {@code wireName}.
     *
     * @throws InvalidInputException naming {@code field} and listing the valid names otherwise
     */
    public static ResourcePrefix fromWireName(String field, String wireName) {
        InvalidInputException.requireNonNull(field, wireName);
        for (ResourcePrefix prefix : values()) {
            if (prefix.wireName.equals(wireName)) {
                return prefix;
            }
        }
        throw new InvalidInputException(
                field, "unknown resource prefix \"" + wireName + "\"; expected one of " + validNames());
    }

    /** The wire names of all prefixes, comma-separated, for error messages. */
    static String validNames() {
        List<String> names = new ArrayList<>();
        for (ResourcePrefix prefix : values()) {
            names.add(prefix.wireName + (prefix.nodeOnly ? " (node-only)" : ""));
        }
        return String.join(", ", names);
    }

    @Override
    public String toString() {
        return wireName;
    }
}
