package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.bls.BlsPublicKey;
import java.util.ArrayList;
import java.util.List;

/**
 * The keys a node says its network has, which every honest node of one network states alike: the
 * handshake's {@code networkPublicKey}, {@code subnetPublicKey}, {@code networkPublicKeySet} and
 * {@code hdRootPubkeys}. Compared by value (the JS SDK compares the key arrays by reference, which
 * never matches, and so takes whichever node answered last).
 *
 * @param networkPublicKey the BLS root key that {@code lit.bls} signatures verify against
 * @param subnetPublicKey the BLS key used for encryption (the same key on Datil)
 * @param networkPublicKeySet the BLS key set (the same key on Datil)
 * @param hdRootPubkeys the ECDSA root keys, lowercase hex without {@code 0x}, in the node's order
 */
public record NetworkIdentity(
        BlsPublicKey networkPublicKey,
        BlsPublicKey subnetPublicKey,
        BlsPublicKey networkPublicKeySet,
        List<String> hdRootPubkeys) {

    public NetworkIdentity {
        hdRootPubkeys = List.copyOf(hdRootPubkeys);
    }

    /**
     * What differs between this node's keys and {@code majority}'s, e.g.
     * {@code networkPublicKey 8f3a… where the majority has a6f7…}.
     */
    public String differencesFrom(NetworkIdentity majority) {
        List<String> differences = new ArrayList<>();
        compare(differences, "networkPublicKey", networkPublicKey.hex(), majority.networkPublicKey.hex());
        compare(differences, "subnetPublicKey", subnetPublicKey.hex(), majority.subnetPublicKey.hex());
        compare(differences, "networkPublicKeySet", networkPublicKeySet.hex(), majority.networkPublicKeySet.hex());
        compare(differences, "hdRootPubkeys", hdRootPubkeys.toString(), majority.hdRootPubkeys.toString());
        return String.join(", ", differences);
    }

    private static void compare(List<String> differences, String name, String mine, String theirs) {
        if (!mine.equals(theirs)) {
            differences.add(name + " " + abbreviate(mine) + " where the majority has " + abbreviate(theirs));
        }
    }

    private static String abbreviate(String value) {
        return value.length() <= 20 ? value : value.substring(0, 16) + "…";
    }
}
