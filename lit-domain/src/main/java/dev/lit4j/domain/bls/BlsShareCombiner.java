package dev.lit4j.domain.bls;

import dev.lit4j.domain.InvalidInputException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    private BlsShareCombiner() {}

    /**
     * The signature interpolated at 0 from Datil {@code shares}, in any order.
     *
     * @throws InvalidInputException naming {@code signatureShares} if the list is null or empty, holds a
     *     null, holds two shares with one identifier, or the shares combine to the identity point
     */
    public static BlsSignature combine(List<BlsSignatureShare> shares) {
        InvalidInputException.requireNonNull(FIELD, shares);
        List<BlsIdentifiedShare> identified = new ArrayList<>(shares.size());
        for (int i = 0; i < shares.size(); i++) {
            BlsSignatureShare share = InvalidInputException.requireNonNull(FIELD + "[" + i + "]", shares.get(i));
            identified.add(BlsIdentifiedShare.of(share));
        }
        return combineIdentified(identified);
    }

    /**
     * The signature interpolated at 0 from shares with explicit Fr identifiers (the Naga form, operations spec
     * §5.9), in any order.
     *
     * @throws InvalidInputException naming {@code signatureShares} if the list is null or empty, holds a
     *     null, holds two shares with one identifier, or the shares combine to the identity point
     */
    public static BlsSignature combineIdentified(List<BlsIdentifiedShare> shares) {
        InvalidInputException.requireNonNull(FIELD, shares);
        if (shares.isEmpty()) {
            throw new InvalidInputException(
                    FIELD, "is empty; combining needs at least the threshold number" + " of shares");
        }
        BigInteger[] identifiers = new BigInteger[shares.size()];
        Map<BigInteger, Integer> firstSeenAt = new HashMap<>();
        for (int i = 0; i < shares.size(); i++) {
            BlsIdentifiedShare share = InvalidInputException.requireNonNull(FIELD + "[" + i + "]", shares.get(i));
            BigInteger x = share.identifier();
            Integer earlier = firstSeenAt.putIfAbsent(x, i);
            if (earlier != null) {
                throw new InvalidInputException(
                        FIELD,
                        "identifier " + (x.bitLength() <= 8 ? x : "0x" + x.toString(16)) + " appears twice (at "
                                + earlier + " and " + i + "); each node's share may be given once");
            }
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
            throw new InvalidInputException(
                    FIELD,
                    "the " + shares.size() + " shares combine to the identity point,"
                            + " which is no signature; at least one share is wrong");
        }
        return new BlsSignature(combined);
    }
}
