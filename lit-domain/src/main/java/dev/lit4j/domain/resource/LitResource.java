package dev.lit4j.domain.resource;

import dev.lit4j.domain.InvalidInputException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A Lit resource: a kind and an id, written {@code <prefix>://<id>} (client spec §2.1). The id
 * {@code *} is the wildcard: every resource of that kind.
 *
 * <p>Ids are checked per kind: an access-control-condition id is {@code <64 hex>/<64 hex>}, a PKP id
 * 64 hex digits, a rate-limit-increase id a decimal token id, a Lit Action id an IPFS CID (v0
 * {@code Qm…} or v1 base32 {@code b…}); the node-only {@code lit-resolvedauthcontext} has only {@code *}.
 *
 * @param prefix the kind of resource
 * @param id the id within the kind, or {@code *}
 */
public record LitResource(ResourcePrefix prefix, String id) {

    /** The wildcard id. */
    public static final String WILDCARD = "*";

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");
    private static final Pattern ACC_ID = Pattern.compile("[0-9a-fA-F]{64}/[0-9a-fA-F]{64}");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern CID = Pattern.compile("Qm[1-9A-HJ-NP-Za-km-z]{44}|b[a-z2-7]{58,}");
    private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");
    private static final Pattern ANY_ID = Pattern.compile("\\S+");

    public LitResource {
        InvalidInputException.requireNonNull("resource.prefix", prefix);
        InvalidInputException.requireNonNull("resource.id", id);
        if (!id.equals(WILDCARD)) {
            switch (prefix) {
                case ACCESS_CONTROL_CONDITION ->
                    requireId(
                            prefix,
                            id,
                            ACC_ID,
                            "<sha256 hex of the conditions>/<dataToEncryptHash hex> (64 hex digits each)");
                case PKP -> requireId(prefix, id, HEX_64, "the PKP token id as 64 hex digits without 0x");
                case RATE_LIMIT_INCREASE -> requireId(prefix, id, DECIMAL, "the Capacity Credits token id in decimal");
                case LIT_ACTION -> requireId(prefix, id, CID, "an IPFS CID (Qm… or b…)");
                case PAYMENT_DELEGATION ->
                    requireId(prefix, id, ANY_ID, "any id without spaces (the node reads" + " only the scheme)");
                case RESOLVED_AUTH_CONTEXT ->
                    throw new InvalidInputException(
                            "resource.id", prefix.wireName() + " id must be *, got \"" + id + "\"");
            }
        }
    }

    /** {@code prefix://*}. */
    public static LitResource wildcard(ResourcePrefix prefix) {
        return new LitResource(prefix, WILDCARD);
    }

    /**
     * A PKP resource, with the token id formatted as the JS SDK's {@code formatPKPResource} does
     * (client spec §2.2): a leading {@code 0x} is stripped and hex is left-padded with zeros to 64
     * digits; {@code *} stays {@code *}.
     *
     * <p>Unlike the JS SDK this also lowercases the hex (nodes compare against lowercase hex, so an
     * uppercase id could never match) and rejects a non-hex id instead of passing it through. Pass the
     * token id in hex: a decimal id would be padded as if it were hex.
     *
     * @throws InvalidInputException if the id is longer than 64 digits or not hex
     */
    public static LitResource pkp(String tokenId) {
        InvalidInputException.requireNonNull("resource.id", tokenId);
        String id = tokenId.startsWith("0x") ? tokenId.substring(2) : tokenId;
        if (id.length() > 64) {
            throw new InvalidInputException(
                    "resource.id", "PKP token id has " + id.length() + " hex digits; at most 64 are allowed");
        }
        if (id.equals(WILDCARD)) {
            return wildcard(ResourcePrefix.PKP);
        }
        if (!HEX.matcher(id).matches()) {
            throw new InvalidInputException("resource.id", "PKP token id must be hex (or *), got \"" + tokenId + "\"");
        }
        return new LitResource(ResourcePrefix.PKP, "0".repeat(64 - id.length()) + id.toLowerCase(Locale.ROOT));
    }

    /** A Capacity Credits resource: {@code lit-ratelimitincrease://<decimal token id or *>}. */
    public static LitResource rateLimitIncrease(String tokenId) {
        return new LitResource(ResourcePrefix.RATE_LIMIT_INCREASE, tokenId);
    }

    /** A Lit Action resource: {@code lit-litaction://<IPFS CID or *>}. */
    public static LitResource litAction(String ipfsCid) {
        return new LitResource(ResourcePrefix.LIT_ACTION, ipfsCid);
    }

    /**
     * An access-control-condition resource {@code lit-accesscontrolcondition://<conditionsHash>/<dataHash>}.
     * {@link AccessControlConditionResource} computes the conditions hash.
     */
    public static LitResource accessControlCondition(String conditionsHashHex, String dataToEncryptHashHex) {
        InvalidInputException.requireNonNull("resource.conditionsHash", conditionsHashHex);
        InvalidInputException.requireNonNull("resource.dataToEncryptHash", dataToEncryptHashHex);
        return new LitResource(ResourcePrefix.ACCESS_CONTROL_CONDITION, conditionsHashHex + "/" + dataToEncryptHashHex);
    }

    /**
     * Parses a resource key {@code <prefix>://<id>}. The prefix must be exactly one of the wire names.
     *
     * @throws InvalidInputException if there is no {@code ://}, the prefix is unknown (the message lists
     *     the valid ones) or the id is not valid for the prefix
     */
    public static LitResource parse(String key) {
        InvalidInputException.requireNonNull("resource", key);
        int separator = key.indexOf("://");
        if (separator < 0) {
            throw new InvalidInputException(
                    "resource",
                    "expected <prefix>://<id>, got \"" + key + "\"; valid prefixes: " + ResourcePrefix.validNames());
        }
        ResourcePrefix prefix = ResourcePrefix.fromWireName("resource", key.substring(0, separator));
        return new LitResource(prefix, key.substring(separator + 3));
    }

    /** True if the id is {@code *}. */
    public boolean isWildcard() {
        return id.equals(WILDCARD);
    }

    /** The resource key {@code <prefix>://<id>}, e.g. {@code lit-pkp://*}. */
    public String key() {
        return prefix.wireName() + "://" + id;
    }

    /** The key of the wildcard resource of this kind, {@code <prefix>://*}. */
    public String wildcardKey() {
        return prefix.wireName() + "://" + WILDCARD;
    }

    @Override
    public String toString() {
        return key();
    }

    private static void requireId(ResourcePrefix prefix, String id, Pattern pattern, String expected) {
        if (!pattern.matcher(id).matches()) {
            throw new InvalidInputException(
                    "resource.id", "invalid " + prefix.wireName() + " id \"" + id + "\"; expected * or " + expected);
        }
    }
}
