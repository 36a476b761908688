package dev.lit4j.adapters.node.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.siwe.SiweMessage;

/**
 * The checks both wires make of a node's {@code sign_session_key} answer (client spec §7.6, node spec §3.8):
 * {@code dataSigned} is the session message of the SIWE it returned, {@code blsRootPubkey} is the network key, and
 * the SIWE names the requested session key and PKP.
 */
public final class SessionShareCheck {
    private SessionShareCheck() {}

    /**
     * What every share must match.
     *
     * @param networkPublicKey the network's BLS root key from the handshake
     * @param sessionKeyUri the requested session key's URI, which the SIWE must name
     * @param pkpAddress the PKP's address, which the SIWE must name
     */
    public record Expected(BlsPublicKey networkPublicKey, String sessionKeyUri, EthAddress pkpAddress) {}

    /**
     * The 32 bytes the node signed, after checking its answer's fields against each other and the request.
     *
     * @throws InvalidShareException if they do not fit together or the request
     */
    public static LitSessionBlsMessage check(String siwe, String dataSigned, String rootKey, Expected expected) {
        LitSessionBlsMessage signed = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(siwe));
        if (!signed.hex().equalsIgnoreCase(dataSigned)) {
            throw new InvalidShareException("its dataSigned " + dataSigned + " is not the session message of the SIWE"
                    + " it returned (" + signed.hex() + ")");
        }
        if (!rootKey.equalsIgnoreCase(expected.networkPublicKey().hex())) {
            throw new InvalidShareException(
                    "it signed under blsRootPubkey " + AnswerJson.quote(rootKey) + ", but the network's key is "
                            + expected.networkPublicKey().hex());
        }
        requireRequestedSession(siwe, expected);
        return signed;
    }

    private static void requireRequestedSession(String siweText, Expected expected) {
        SiweMessage siwe;
        try {
            siwe = SiweMessage.parse(siweText);
        } catch (InvalidInputException e) {
            throw new InvalidShareException("the SIWE it signed does not parse: " + e.getMessage(), e);
        }
        if (!siwe.uri().equals(expected.sessionKeyUri())) {
            throw new InvalidShareException("the SIWE it signed delegates to " + siwe.uri() + ", not to the requested "
                    + expected.sessionKeyUri());
        }
        if (!siwe.address().equals(expected.pkpAddress())) {
            throw new InvalidShareException(
                    "the SIWE it signed is for " + siwe.address().checksummed() + ", not for the PKP's address "
                            + expected.pkpAddress().checksummed());
        }
    }
}
