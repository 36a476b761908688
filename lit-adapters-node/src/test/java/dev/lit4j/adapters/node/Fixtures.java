package dev.lit4j.adapters.node;

import dev.lit4j.domain.auth.AuthMethod;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.pkp.PkpPublicKey;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.siwe.SiweMessage;
import java.util.List;

/** Values shared by the tests: the session key of client spec A.1, the PKP of §7.3 and a SIWE delegating to it. */
final class Fixtures {
    /** Client spec A.1: the session key from seed 07 × 32. */
    static final SessionPublicKey SESSION_KEY =
            new SessionPublicKey("ea4a6c63e29c520abef5507b132ec5f9954776aebebe7b92421eea691446d22c");
    /** Client spec §7.3: the secp256k1 generator as a PKP, address 0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf. */
    static final PkpPublicKey PKP = new PkpPublicKey("0479be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f8179"
            + "8483ada7726a3c4655da4fbfc0e1108a8fd17b448a68554199c47d08ffb10d4b8");
    /** A wallet auth method; the test endpoint does not check it. */
    static final AuthMethod AUTH_METHOD = AuthMethod.ethWallet(AuthSig.wallet("0x01", "a SIWE",
            "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"));

    private Fixtures() {
    }

    /** The client SIWE of §7.3 (without ReCaps) with {@code nonce}. */
    static String siwe(String nonce) {
        return new SiweMessage("litprotocol.com", PKP.ethAddress(), "Lit Protocol PKP session signature",
                SESSION_KEY.uri(), SiweMessage.VERSION_1, 1, nonce, "2025-01-15T10:00:00.000Z",
                "2025-01-16T10:00:00.000Z", null, null, null).render();
    }

    /** A request to sign {@link #SESSION_KEY} for {@link #PKP} with a SIWE whose nonce is {@code nonce}. */
    static SignSessionKeyRequest request(String nonce) {
        return new SignSessionKeyRequest(SESSION_KEY, List.of(AUTH_METHOD), PKP, siwe(nonce), null, null, null);
    }
}
