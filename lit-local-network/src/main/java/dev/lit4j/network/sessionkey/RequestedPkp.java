package dev.lit4j.network.sessionkey;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.network.action.AuthMethodContext;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import dev.lit4j.network.pkp.AuthMethodId;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.pkp.Pkp;
import dev.lit4j.network.pkp.PkpRegistry;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.web3j.crypto.Hash;

/**
 * The PKP a {@code sign_session_key} request is for (node spec §3.4 step 5), as the node holds it: the
 * public key bytes, and the Ethereum address the node derives from them by hashing all bytes but the first
 * (right for the uncompressed 65-byte key clients send; a compressed key gives an address no SIWE names).
 *
 * @param publicKeyHex the key bytes as lowercase hex, without {@code 0x}
 * @param ethAddress the address derived from them
 */
public record RequestedPkp(String publicKeyHex, EthAddress ethAddress) {
    private static final int MIN_KEY_BYTES = 33;

    public RequestedPkp {
        InvalidInputException.requireNonNull("pkpPublicKey", publicKeyHex);
        InvalidInputException.requireNonNull("pkpEthAddress", ethAddress);
        if (Hex.decode("pkpPublicKey", publicKeyHex).length < MIN_KEY_BYTES
                || !publicKeyHex.equals(publicKeyHex.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(
                    "pkpPublicKey",
                    "expected at least " + MIN_KEY_BYTES + " bytes of lowercase hex, got \"" + publicKeyHex + "\"");
        }
    }

    /**
     * The PKP of the request's {@code pkpPublicKey}, whose address the SIWE must be signed in with. The hex
     * is read as the node reads it: {@code 0x} optional, an odd digit count padded with a leading zero.
     *
     * @throws LitNodeError an uncoded error (HTTP 500) for text that is not hex or fewer than 33 bytes;
     *     {@code NodeSIWEMessageError} (400) "Address in SIWE message … does not match PKP ETH address …"
     */
    public static RequestedPkp fromRequest(String pkpPublicKey, SiweMessage siwe) {
        InvalidInputException.requireNonNull("pkpPublicKey", pkpPublicKey);
        InvalidInputException.requireNonNull("siwe", siwe);
        String digits = pkpPublicKey.startsWith("0x") ? pkpPublicKey.substring(2) : pkpPublicKey;
        byte[] key;
        try {
            key = Hex.decode("pkpPublicKey", digits.length() % 2 == 0 ? digits : "0" + digits);
        } catch (InvalidInputException e) {
            throw LitNodeError.uncoded(
                    ErrorKind.CONVERSION, "Unable to convert PKP public key from hex to bytes", e.getMessage());
        }
        if (key.length < MIN_KEY_BYTES) {
            throw LitNodeError.uncoded(
                    ErrorKind.VALIDATION,
                    "Error hex decoding pkpPublicKey",
                    "Invalid pubkey length.  Expected generally 33 or 64 bytes.");
        }
        byte[] hash = Hash.sha3(Arrays.copyOfRange(key, 1, key.length));
        EthAddress address = EthAddress.ofBytes(Arrays.copyOfRange(hash, 12, 32));
        if (!address.equals(siwe.address())) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_SIWE_MESSAGE_ERROR,
                    "Address in SIWE message "
                            + siwe.address().lowercaseHexNoPrefix() + " does not match PKP ETH address "
                            + address.lowercaseHexNoPrefix());
        }
        return new RequestedPkp(Hex.encode(key), address);
    }

    /**
     * The PKP of a request without {@code pkpPublicKey}: the first PKP that permits the first auth method
     * (id {@code keccak256("<userId>:<appId>")}), as the node asks the PKPPermissions contract.
     *
     * @throws LitNodeError an uncoded error (HTTP 500) "No auth methods provided" when there are none;
     *     {@code NodePKPTokenIdNotFound} (400, kind {@code Unexpected}) when no PKP permits the method
     */
    public static RequestedPkp ofFirstAuthMethod(PkpRegistry pkps, List<AuthMethodContext> authMethods) {
        InvalidInputException.requireNonNull("pkps", pkps);
        InvalidInputException.requireNonNull("authMethods", authMethods);
        if (authMethods.isEmpty()) {
            throw LitNodeError.uncoded(ErrorKind.VALIDATION, "No auth methods provided");
        }
        AuthMethodContext first = authMethods.get(0);
        AuthMethodId id = AuthMethodId.ofUser(first.userId(), first.appId());
        List<Pkp> permitting = pkps.findByAuthMethod(new AuthMethodType(first.authMethodType()), id);
        if (permitting.isEmpty()) {
            throw LitNodeError.of(
                            NodeErrorCode.NODE_PKP_TOKEN_ID_NOT_FOUND,
                            "Could not find PKP token IDs for auth" + " method id 0x" + id.hex())
                    .withKind(ErrorKind.UNEXPECTED);
        }
        Pkp pkp = permitting.get(0);
        return new RequestedPkp(pkp.publicKey(), pkp.ethAddress());
    }

    /** The key bytes. */
    public byte[] publicKey() {
        return Hex.decode("pkpPublicKey", publicKeyHex);
    }

    /** The PKP NFT's token id: {@code keccak256} of the key bytes. */
    public BigInteger tokenId() {
        return new BigInteger(1, Hash.sha3(publicKey()));
    }
}
