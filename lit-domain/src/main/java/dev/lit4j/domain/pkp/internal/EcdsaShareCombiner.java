package dev.lit4j.domain.pkp.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.ethereum.EcdsaSignature;
import dev.lit4j.domain.pkp.DataToSign;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.pkp.PkpSignature;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.math.ec.ECPoint;
import org.web3j.crypto.Sign;

/**
 * Combines the nodes' ECDSA (K256) signature shares into a PKP's signature, as the JS SDK's
 * {@code ecdsaCombine} does (operations spec §1.6), and checks the result before it is returned:
 * <ol>
 *   <li>{@code s = Σ sᵢ mod n} over the given shares (the nodes applied their Lagrange weights);</li>
 *   <li>{@code r = x(R) mod n}, recovery id = parity of {@code y(R)};</li>
 *   <li>low-s: {@code s > n/2} becomes {@code n − s} and the recovery id flips;</li>
 *   <li>the signature must recover to the PKP's key; if the parity rule does not give the right recovery id
 *       (only when {@code x(R) ≥ n}), the other one is tried, as SDK 6's combiner did.</li>
 * </ol>
 * Stateless; thread-safe.
 */
public final class EcdsaShareCombiner {
    private static final BigInteger N = Sign.CURVE_PARAMS.getN();

    private EcdsaShareCombiner() {}

    /**
     * Combines {@code shares}, which must all be for {@code publicKey}, {@code dataSigned} and one R.
     *
     * @throws InvalidInputException if there are no shares, or a share names another key, digest or R than the
     *     first (the message names the node)
     * @throws InvalidSignatureException if the combined signature does not recover to {@code publicKey}; the
     *     message names the nodes whose shares were combined
     */
    public static PkpSignature combine(
            List<EcdsaSignatureShare> shares, PkpPublicKey publicKey, DataToSign dataSigned) {
        InvalidInputException.requireNonNull("shares", shares);
        InvalidInputException.requireNonNull("publicKey", publicKey);
        InvalidInputException.requireNonNull("dataSigned", dataSigned);
        if (shares.isEmpty()) {
            throw new InvalidInputException("shares", "no signature shares to combine");
        }
        EcdsaSignatureShare first = shares.get(0);
        BigInteger sum = BigInteger.ZERO;
        for (EcdsaSignatureShare share : shares) {
            requireSame(share, first, publicKey, dataSigned);
            sum = sum.add(share.share());
        }
        BigInteger s = sum.mod(N);
        ECPoint bigR = first.bigRPoint();
        BigInteger r = bigR.getAffineXCoord().toBigInteger().mod(N);
        if (s.signum() == 0 || r.signum() == 0) {
            throw notVerifying(shares, publicKey, (s.signum() == 0 ? "s" : "r") + " sums to zero");
        }
        int parity = bigR.getAffineYCoord().toBigInteger().testBit(0) ? 1 : 0;
        EcdsaSignature byParity = EcdsaSignature.of(r, s, parity).toLowS();
        byte[] digest = dataSigned.bytes();
        Optional<EcdsaSignature> verified = byParity.normalizedFor(digest, publicKey.ethAddress())
                .or(() -> EcdsaSignature.of(r, byParity.s()).normalizedFor(digest, publicKey.ethAddress()));
        return new PkpSignature(
                verified.orElseThrow(() -> notVerifying(shares, publicKey, "it recovers to no key or another one")),
                publicKey,
                dataSigned);
    }

    private static void requireSame(
            EcdsaSignatureShare share, EcdsaSignatureShare first, PkpPublicKey publicKey, DataToSign dataSigned) {
        if (!share.publicKey().equals(publicKey)) {
            throw new InvalidInputException(
                    "shares",
                    share.nodeUrl() + " signed with the key " + share.publicKey() + ", not with the PKP's key "
                            + publicKey);
        }
        if (!share.dataSigned().equals(dataSigned)) {
            throw new InvalidInputException(
                    "shares", share.nodeUrl() + " signed " + share.dataSigned() + ", not the requested " + dataSigned);
        }
        if (!share.bigR().equals(first.bigR())) {
            throw new InvalidInputException(
                    "shares",
                    share.nodeUrl() + " used the nonce point R = " + share.bigR() + ", but " + first.nodeUrl()
                            + " used " + first.bigR());
        }
    }

    private static InvalidSignatureException notVerifying(
            List<EcdsaSignatureShare> shares, PkpPublicKey publicKey, String why) {
        return new InvalidSignatureException(
                "pkpSign.signature",
                "the shares of "
                        + shares.stream().map(EcdsaSignatureShare::nodeUrl).toList()
                        + " combine to a signature that does not"
                        + " verify under the PKP's key " + publicKey + ": " + why);
    }
}
