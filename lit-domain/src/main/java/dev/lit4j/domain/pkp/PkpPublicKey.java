package dev.lit4j.domain.pkp;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import java.util.Locale;
import org.web3j.crypto.Hash;
import org.web3j.crypto.Sign;

/**
 * The public key of a PKP (programmable key pair): an uncompressed secp256k1 point, 65 bytes
 * starting with {@code 04}, held as 130 lowercase hex digits without {@code 0x}.
 *
 * <p>Lit derives everything from the uncompressed form: the PKP's Ethereum address and its token id
 * (the {@code lit-pkp} resource id). A compressed key would give wrong values, so it is refused.
 *
 * @param hex 130 lowercase hex digits, {@code 04} first, no {@code 0x}
 */
public record PkpPublicKey(String hex) {
    private static final String FIELD = "pkpPublicKey";
    private static final int LENGTH = 65;

    public PkpPublicKey {
        InvalidInputException.requireNonNull(FIELD, hex);
        if (!hex.equals(hex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(FIELD, "must be lowercase hex, got \"" + hex + "\"");
        }
        requirePoint(FIELD, Hex.decode(FIELD, hex));
    }

    /**
     * Parses a PKP public key as the JS SDK and the Lit explorer show it: {@code 04} and 128 hex digits
     * (uncompressed), any letter case, with or without {@code 0x}.
     *
     * @throws InvalidInputException naming {@code pkpPublicKey} if it is not such a key on secp256k1
     */
    public static PkpPublicKey parse(String text) {
        return parse(FIELD, text);
    }

    /**
     * Parses a PKP public key in any letter case, with or without {@code 0x}, reporting errors under
     * {@code field}.
     *
     * @throws InvalidInputException naming {@code field} if it is not hex, is compressed, has the
     *     wrong length or prefix, or is not a point on secp256k1
     */
    public static PkpPublicKey parse(String field, String text) {
        InvalidInputException.requireNonNull(field, text);
        byte[] key = Hex.decodeOptional0x(field, text);
        requirePoint(field, key);
        return new PkpPublicKey(Hex.encode(key));
    }

    /** The 65 key bytes. */
    public byte[] bytes() {
        return Hex.decode(FIELD, hex);
    }

    /** {@code 0x} + the 130 hex digits, as the JS SDK passes {@code pkpPublicKey}. */
    public String hex0x() {
        return "0x" + hex;
    }

    /** The PKP's Ethereum address: the last 20 bytes of keccak256 of the 64-byte point. */
    public EthAddress ethAddress() {
        return EthAddress.ofPublicKey(bytes());
    }

    /**
     * The PKP's token id, keccak256 of the 65-byte key, as 64 lowercase hex digits without
     * {@code 0x}: the id of its {@code lit-pkp://} resource and of its NFT.
     */
    public String tokenId() {
        return Hex.encode(Hash.sha3(bytes()));
    }

    @Override
    public String toString() {
        return hex;
    }

    private static void requirePoint(String field, byte[] key) {
        if (key.length == 33 && (key[0] == 0x02 || key[0] == 0x03)) {
            throw new InvalidInputException(
                    field,
                    "is a compressed key (33 bytes starting 0" + key[0] + "); a PKP"
                            + " public key must be uncompressed: 65 bytes starting 04");
        }
        if (key.length != LENGTH || key[0] != 0x04) {
            throw new InvalidInputException(
                    field,
                    "expected an uncompressed secp256k1 key: 65 bytes (130 hex"
                            + " digits) starting 04, got " + key.length + " bytes"
                            + (key.length > 0 ? " starting " + Hex.encode(new byte[] {key[0]}) : ""));
        }
        try {
            Sign.CURVE_PARAMS.getCurve().decodePoint(key);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "is not a point on secp256k1: " + Hex.encode0x(key), e);
        }
    }
}
