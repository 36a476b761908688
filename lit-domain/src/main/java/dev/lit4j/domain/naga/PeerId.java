package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsScalarField;
import dev.lit4j.domain.codec.internal.Hex;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * A Naga node's peer id: 32 bytes, held as 64 lowercase hex digits, as it appears in the {@code peer_id} of an
 * {@code EcdsaSignedMessageShare} (operations spec §5.7). It fixes the node's BLS share identifier (operations
 * spec §5.9).
 *
 * @param hex 64 lowercase hex digits, no {@code 0x}
 */
public record PeerId(String hex) {
    public PeerId {
        Hex.decode("peerId", hex, 32);
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("peerId", "must be lowercase hex, got \"" + hex + "\"");
        }
    }

    /**
     * Parses 64 hex digits in either case, with or without {@code 0x}.
     *
     * @throws InvalidInputException naming {@code field} if the text is not 32 bytes of hex
     */
    public static PeerId parse(String field, String text) {
        return new PeerId(Hex.encode(Hex.decodeOptional0x(field, text, 32)));
    }

    /**
     * The node's BLS share identifier: OS2IP(SHA-512(the 32 peer-id bytes)) mod r (operations spec §5.9), the x
     * coordinate of its key share.
     */
    public BigInteger blsShareIdentifier() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-512").digest(Hex.decode("peerId", hex));
            return new BigInteger(1, digest).mod(BlsScalarField.ORDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-512 is required of every Java platform", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
