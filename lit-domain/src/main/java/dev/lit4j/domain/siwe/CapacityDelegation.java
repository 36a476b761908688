package dev.lit4j.domain.siwe;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What a Capacity Credits owner delegates (client spec §4.3): which NFT, to whom, how many times.
 * Every part is optional: without a token id the delegation covers all the owner's NFTs
 * ({@code lit-ratelimitincrease://*}); without delegatees anyone may use it (an empty list: nobody);
 * without uses it is unlimited.
 *
 * @param capacityTokenId the NFT's decimal token id, or null for all
 * @param delegateeAddresses Ethereum addresses ({@code 0x} optional, case kept), or null for anyone
 * @param uses how many uses, in decimal, or null for unlimited
 */
public record CapacityDelegation(
        @Nullable String capacityTokenId,
        @Nullable List<String> delegateeAddresses,
        @Nullable String uses) {

    private static final Pattern DECIMAL = Pattern.compile("[0-9]+");
    private static final Pattern ADDRESS = Pattern.compile("(0x)?[0-9a-fA-F]{40}");

    public CapacityDelegation {
        if (capacityTokenId != null && !DECIMAL.matcher(capacityTokenId).matches()) {
            throw new InvalidInputException(
                    "capacityDelegation.capacityTokenId",
                    "must be a decimal token id, got \"" + capacityTokenId + "\"");
        }
        if (delegateeAddresses != null) {
            for (int i = 0; i < delegateeAddresses.size(); i++) {
                String address = delegateeAddresses.get(i);
                if (address == null || !ADDRESS.matcher(address).matches()) {
                    throw new InvalidInputException(
                            "capacityDelegation.delegateeAddresses[" + i + "]",
                            "expected an Ethereum address (0x optional, 40 hex digits), got \"" + address + "\"");
                }
            }
            delegateeAddresses = List.copyOf(delegateeAddresses);
        }
        if (uses != null && !DECIMAL.matcher(uses).matches()) {
            throw new InvalidInputException("capacityDelegation.uses", "must be a decimal count, got \"" + uses + "\"");
        }
    }

    /** {@code lit-ratelimitincrease://<token id>}, or {@code lit-ratelimitincrease://*} without one. */
    public LitResource resource() {
        return LitResource.rateLimitIncrease(capacityTokenId == null ? LitResource.WILDCARD : capacityTokenId);
    }

    /**
     * The restriction object ({@code createCapacityCreditsResourceData}): {@code nft_id: [<token id>]},
     * {@code delegate_to: [<address without 0x>…]} and {@code uses: "<n>"}, each only when given.
     */
    public JsonValue.Obj restriction() {
        JsonValue.Obj.Builder out = JsonValue.Obj.builder();
        if (capacityTokenId != null) {
            out.put("nft_id", JsonValue.ofStrings(List.of(capacityTokenId)));
        }
        if (delegateeAddresses != null) {
            List<String> stripped = new ArrayList<>();
            for (String address : delegateeAddresses) {
                stripped.add(address.startsWith("0x") ? address.substring(2) : address);
            }
            out.put("delegate_to", JsonValue.ofStrings(stripped));
        }
        if (uses != null) {
            out.put("uses", JsonValue.of(uses));
        }
        return out.build();
    }

    /** The request: {@code rate-limit-increase-auth} on {@link #resource()} with {@link #restriction()}. */
    public ResourceAbilityRequest request() {
        return new ResourceAbilityRequest(resource(), LitAbility.RATE_LIMIT_INCREASE_AUTH, restriction());
    }
}
