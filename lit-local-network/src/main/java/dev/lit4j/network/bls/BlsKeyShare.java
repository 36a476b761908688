package dev.lit4j.network.bls;

import dev.lit4j.domain.bls.BlsScalarField;
import dev.lit4j.domain.bls.BlsSignatureShare;
import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/**
 * One node's share of a {@link BlsThresholdKey}: the secret f(identifier) of the dealing polynomial.
 * It signs the way a Datil node does and can also sign wrongly, for fault injection.
 *
 * <p>The secret never leaves this object and is not in {@link #toString()}. Immutable and thread-safe.
 */
public final class BlsKeyShare {
    private static final String WRONG_SHARE_TAG = "lit4j-local-network-wrong-bls-share";

    private final int shareIndex;
    private final BigInteger secret;

    BlsKeyShare(int shareIndex, BigInteger secret) {
        this.shareIndex = shareIndex;
        this.secret = secret;
    }

    /** The node's 0-based share index ({@code shareIndex} in a Datil answer). */
    public int shareIndex() {
        return shareIndex;
    }

    /** The Datil share identifier, {@code shareIndex + 1}: where the polynomial was evaluated. */
    public int identifier() {
        return shareIndex + 1;
    }

    /**
     * The node's signature share of {@code message}: secret · H(message) with the POP DST, tagged with
     * {@link #identifier()}.
     *
     * @throws dev.lit4j.domain.InvalidInputException if {@code message} is null
     */
    public BlsSignatureShare sign(byte[] message) {
        return new BlsSignatureShare(identifier(), G2Signing.sign(secret, message));
    }

    /**
     * A well-formed but wrong share of {@code message}, for fault injection: signed with the secret plus an
     * offset of this node's own, under the right identifier. It parses like any share, and any combination
     * that includes it fails verification.
     *
     * <p>The offset is SHA-256 of a tag, the identifier and the message, as a non-zero scalar: each faulty
     * node is wrong independently of the others. One offset shared by every faulty node would cancel in
     * some combinations (with identifiers 1, 2, 3 the Lagrange coefficients are 3, −3 and 1, so the errors
     * of nodes 1 and 2 sum to zero); independent offsets cancel only with probability about 2⁻²⁵⁵.
     * Deterministic: the same node signs the same message wrongly the same way.
     *
     * @throws dev.lit4j.domain.InvalidInputException if {@code message} is null
     */
    public BlsSignatureShare signWrongly(byte[] message) {
        InvalidInputException.requireNonNull("message", message);
        BigInteger perturbed = secret.add(offset(message)).mod(BlsScalarField.ORDER);
        return new BlsSignatureShare(identifier(), G2Signing.sign(perturbed, message));
    }

    private BigInteger offset(byte[] message) {
        byte[] tag = WRONG_SHARE_TAG.getBytes(StandardCharsets.US_ASCII);
        byte[] input = new byte[tag.length + 1 + message.length];
        System.arraycopy(tag, 0, input, 0, tag.length);
        input[tag.length] = (byte) identifier();
        System.arraycopy(message, 0, input, tag.length + 1, message.length);
        BigInteger offset = new BigInteger(1, Hash.sha256(input)).mod(BlsScalarField.ORDER);
        return offset.signum() == 0 ? BigInteger.ONE : offset;
    }

    @Override
    public String toString() {
        return "BlsKeyShare[shareIndex=" + shareIndex + ", identifier=" + identifier() + ", secret=<hidden>]";
    }
}
