package dev.lit4j.network.bls;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsSignature;
import java.math.BigInteger;
import supranational.blst.P2;

/** Plain BLS signing in the min-pk POP scheme: secret · hash-to-G2(message). */
final class G2Signing {
    private G2Signing() {}

    static BlsSignature sign(BigInteger secret, byte[] message) {
        InvalidInputException.requireNonNull("message", message);
        P2 point = new P2().hash_to(message, BlsPopScheme.DST).mult(secret);
        return BlsSignature.fromBytes("signature", point.compress());
    }
}
