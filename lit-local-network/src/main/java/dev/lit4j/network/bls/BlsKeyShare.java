package dev.lit4j.network.bls;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsIdentifiedShare;
import dev.lit4j.domain.bls.BlsScalarField;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.BlsSignatureShare;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/**
 * One node's share of a {@link BlsThresholdKey}: the secret f(x) of the dealing polynomial at the node's
 * identifier x — {@code shareIndex + 1} in a Datil dealing, the hash of its peer id in a Naga one. It signs the
 * way a Datil node does ({@link #sign}, one-byte identifiers) or a Naga node does ({@link #signIdentified}, Fr
 * identifiers), and can also sign wrongly, for fault injection.
 *
 * <p>The secret never leaves this object and is not in {@link #toString()}. Immutable and thread-safe.
 */
public final class BlsKeyShare {
    private static final String WRONG_SHARE_TAG = "lit4j-local-network-wrong-bls-share";

    private final int shareIndex;
    private final BigInteger x;
    private final BigInteger secret;

    BlsKeyShare(int shareIndex, BigInteger x, BigInteger secret) {
        this.shareIndex = shareIndex;
        this.x = x;
        this.secret = secret;
    }

    /** The node's 0-based share index ({@code shareIndex} in a Datil answer). */
    public int shareIndex() {
        return shareIndex;
    }

    /**
     * The Datil share identifier, {@code shareIndex + 1}: where the polynomial was evaluated.
     *
     * @throws IllegalStateException if the key was dealt Naga style, at identifiers that are not one byte
     */
    public int identifier() {
        if (x.compareTo(BigInteger.valueOf(BlsThresholdKey.MAX_NODES)) > 0) {
            throw new IllegalStateException("share " + shareIndex + " was dealt at a Naga identifier, which is not"
                    + " one byte; sign it with signIdentified");
        }
        return x.intValueExact();
    }

    /** Where the polynomial was evaluated for this share: the identifier as an element of Fr. */
    public BigInteger scalarIdentifier() {
        return x;
    }

    /**
     * The node's signature share of {@code message}, Datil style: secret · H(message) with the POP DST, tagged
     * with {@link #identifier()}.
     *
     * @throws dev.lit4j.domain.InvalidInputException if {@code message} is null
     * @throws IllegalStateException if the key was dealt Naga style
     */
    public BlsSignatureShare sign(byte[] message) {
        return new BlsSignatureShare(identifier(), G2Signing.sign(secret, message));
    }

    /**
     * The node's signature share of {@code message} with its identifier as an element of Fr, the Naga form
     * (operations spec §5.9).
     *
     * @throws dev.lit4j.domain.InvalidInputException if {@code message} is null
     */
    public BlsIdentifiedShare signIdentified(byte[] message) {
        return new BlsIdentifiedShare(x, G2Signing.sign(secret, message));
    }

    /**
     * A well-formed but wrong share of {@code message} in the Naga form, as {@link #signWrongly} makes it.
     *
     * @throws dev.lit4j.domain.InvalidInputException if {@code message} is null
     */
    public BlsIdentifiedShare signWronglyIdentified(byte[] message) {
        return new BlsIdentifiedShare(x, wrongSignature(message));
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
        return new BlsSignatureShare(identifier(), wrongSignature(message));
    }

    private BlsSignature wrongSignature(byte[] message) {
        InvalidInputException.requireNonNull("message", message);
        BigInteger perturbed = secret.add(offset(message)).mod(BlsScalarField.ORDER);
        return G2Signing.sign(perturbed, message);
    }

    private BigInteger offset(byte[] message) {
        byte[] tag = WRONG_SHARE_TAG.getBytes(StandardCharsets.US_ASCII);
        byte[] id = x.toByteArray();
        byte[] input = new byte[tag.length + id.length + message.length];
        System.arraycopy(tag, 0, input, 0, tag.length);
        System.arraycopy(id, 0, input, tag.length, id.length);
        System.arraycopy(message, 0, input, tag.length + id.length, message.length);
        BigInteger offset = new BigInteger(1, Hash.sha256(input)).mod(BlsScalarField.ORDER);
        return offset.signum() == 0 ? BigInteger.ONE : offset;
    }

    @Override
    public String toString() {
        return "BlsKeyShare[shareIndex=" + shareIndex + ", identifier=" + x + ", secret=<hidden>]";
    }
}
