package dev.lit4j.network;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import java.util.List;
import java.util.Locale;

/**
 * The public keys a local network publishes in every handshake.
 *
 * @param blsPublicKey the network's BLS root public key: a 48-byte compressed G1 point as 96 lowercase hex
 *     digits, no {@code 0x}; sent as {@code subnetPublicKey}, {@code networkPublicKey} and
 *     {@code networkPublicKeySet}
 * @param hdRootPubkeys the ECDSA root keys ({@code hdRootPubkeys}): compressed secp256k1 points, 66 lowercase
 *     hex digits each, no {@code 0x}
 */
public record NetworkKeys(String blsPublicKey, List<String> hdRootPubkeys) {

    public NetworkKeys {
        requireLowercaseHex("blsPublicKey", blsPublicKey, 48);
        hdRootPubkeys = List.copyOf(InvalidInputException.requireNonNull("hdRootPubkeys", hdRootPubkeys));
        for (int i = 0; i < hdRootPubkeys.size(); i++) {
            String field = "hdRootPubkeys[" + i + "]";
            byte[] key = requireLowercaseHex(field, hdRootPubkeys.get(i), 33);
            if (key[0] != 0x02 && key[0] != 0x03) {
                throw new InvalidInputException(
                        field,
                        "a compressed secp256k1 key starts with 02 or 03, got "
                                + hdRootPubkeys.get(i).substring(0, 2));
            }
        }
    }

    private static byte[] requireLowercaseHex(String field, String hex, int bytes) {
        byte[] decoded = Hex.decode(field, hex, bytes);
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "must be lowercase hex, got \"" + hex + "\"");
        }
        return decoded;
    }
}
