package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.util.List;
import supranational.blst.P2;
import supranational.blst.P2_Affine;

/**
 * Combines node signature shares into the network signature, as the Lit SDK does (blsful
 * {@code combine_signature_shares}): Lagrange interpolation at 0, σ = Σ λ_i·σ_i with
 * λ_i = Π_{j≠i} x_j / (x_j − x_i) over Fr, where x_i are the share identifiers.
 *
 * <p>Combining does not verify: t or more shares from one dealing give the signature under the network
 * key, while fewer shares or a wrong share give some other point. Verify the result with
 * {@link BlsPopScheme#verify}. Stateless and thread-safe.
 */
public final class BlsShareCombiner {
    private static final String FIELD = "signatureShares";

    private BlsShareCombiner() {
    }

    /**
     * The signature interpolated at 0 from {@code shares}, in any order.
     *
     * @throws InvalidInputException naming {@code signatureShares} if the list is null or empty, holds a
     *     null, holds two shares with one identifier, or the shares combine to the identity point
     */
    public static BlsSignature combine(List<BlsSignatureShare> shares) {
        InvalidInputException.requireNonNull(FIELD, shares);
        if (shares.isEmpty()) {
            throw new InvalidInputException(FIELD, "is empty; combining needs at least the threshold number"
                    + " of shares");
        }
        int[] identifiers = new int[shares.size()];
        int[] firstSeenAt = new int[256];
        for (int i = 0; i < shares.size(); i++) {
            BlsSignatureShare share = InvalidInputException.requireNonNull(FIELD + "[" + i + "]", shares.get(i));
            int x = share.identifier();
            if (firstSeenAt[x] != 0) {
                throw new InvalidInputException(FIELD, "identifier " + x + " appears twice (at " + (firstSeenAt[x] - 1)
                        + " and " + i + "); each node's share may be given once");
            }
            firstSeenAt[x] = i + 1;
            identifiers[i] = x;
        }
        BigInteger[] lambdas = BlsScalarField.lagrangeAtZero(identifiers);
        P2 sum = new P2();
        for (int i = 0; i < identifiers.length; i++) {
            // to_jacobian() returns a fresh point; the share's cached point is never mutated
            sum.add(shares.get(i).signature().point().to_jacobian().mult(lambdas[i]));
        }
        P2_Affine combined = sum.to_affine();
        if (combined.is_inf()) {
            throw new InvalidInputException(FIELD, "the " + shares.size() + " shares combine to the identity point,"
                    + " which is no signature; at least one share is wrong");
        }
        return new BlsSignature(combined);
    }
}
