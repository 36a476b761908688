package dev.lit4j.network.bls;

import dev.lit4j.domain.bls.BlsScalarField;
import dev.lit4j.domain.bls.BlsSignatureShare;
import java.math.BigInteger;

/**
 * One node's share of a {@link BlsThresholdKey}: the secret f(identifier) of the dealing polynomial.
 * It signs the way a Datil node does and can also sign wrongly, for fault injection.
 *
 * <p>The secret never leaves this object and is not in {@link #toString()}. Immutable and thread-safe.
 */
public final class BlsKeyShare {
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
     * A well-formed but wrong share of {@code message}, for fault injection: signed with the secret plus
     * one, under the right identifier. It parses like any share, and any combination that includes it
     * fails verification.
     *
     * @throws dev.lit4j.domain.InvalidInputException if {@code message} is null
     */
    public BlsSignatureShare signWrongly(byte[] message) {
        BigInteger perturbed = secret.add(BigInteger.ONE).mod(BlsScalarField.ORDER);
        return new BlsSignatureShare(identifier(), G2Signing.sign(perturbed, message));
    }

    @Override
    public String toString() {
        return "BlsKeyShare[shareIndex=" + shareIndex + ", identifier=" + identifier() + ", secret=<hidden>]";
    }
}
