package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.ethereum.EthAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A Capacity Credits delegation found in a capability (node spec §2.11, Datil): the restriction object of
 * an {@code Auth/Auth} ability on a {@code lit-ratelimitincrease} resource of its ReCap.
 *
 * @param capabilityIndex the index of the capability that carries it
 * @param owner the delegator: the signer of the capability's SIWE, whose NFTs pay
 * @param resource the ReCap resource, e.g. {@code lit-ratelimitincrease://25364}
 * @param tokenIds the {@code nft_id} token ids (decimal), or empty when absent: then every Capacity
 *     Credits NFT the owner holds
 * @param delegatees the {@code delegate_to} addresses as written (hex, the JS SDK drops the {@code 0x}),
 *     or empty when absent: then anyone
 * @param uses the {@code uses} limit (decimal), or empty when absent: then unlimited
 * @param expiration the {@code Expiration Time} of the capability's SIWE, or empty if it has none
 */
public record CapacityDelegationGrant(
        int capabilityIndex,
        EthAddress owner,
        String resource,
        Optional<List<String>> tokenIds,
        Optional<List<String>> delegatees,
        Optional<String> uses,
        Optional<String> expiration) {

    public CapacityDelegationGrant {
        InvalidInputException.requireNonNull("capacityDelegation.owner", owner);
        InvalidInputException.requireNonNull("capacityDelegation.resource", resource);
        InvalidInputException.requireNonNull("capacityDelegation.nft_id", tokenIds);
        InvalidInputException.requireNonNull("capacityDelegation.delegate_to", delegatees);
        InvalidInputException.requireNonNull("capacityDelegation.uses", uses);
        InvalidInputException.requireNonNull("capacityDelegation.expiration", expiration);
        tokenIds = tokenIds.map(List::copyOf);
        delegatees = delegatees.map(List::copyOf);
    }

    /**
     * True if {@code user} may use this delegation: there is no {@code delegate_to}, or one of its
     * entries, lower-cased, is the user's address as lower-case hex without {@code 0x} (the node's
     * comparison, so an entry written with {@code 0x} never matches).
     */
    public boolean delegatesTo(EthAddress user) {
        InvalidInputException.requireNonNull("user", user);
        if (delegatees.isEmpty()) {
            return true;
        }
        String wanted = user.lowercaseHexNoPrefix();
        return delegatees.get().stream()
                .anyMatch(entry -> entry.toLowerCase(Locale.ROOT).equals(wanted));
    }

    /** The delegation in words: owner, NFTs, delegatees, uses and expiry. */
    @Override
    public String toString() {
        return "capability " + capabilityIndex + " delegates " + PrintableText.of(resource) + " of " + owner + ": NFTs "
                + tokenIds.map(CapacityDelegationGrant::printable).orElse("all the owner's")
                + "; delegatees "
                + delegatees.map(CapacityDelegationGrant::printable).orElse("anyone")
                + "; uses " + uses.map(PrintableText::of).orElse("unlimited")
                + "; expires " + expiration.map(PrintableText::of).orElse("never");
    }

    private static String printable(List<String> values) {
        return PrintableText.of(String.join(", ", values), PrintableText.MAX_LINE_LENGTH);
    }
}
