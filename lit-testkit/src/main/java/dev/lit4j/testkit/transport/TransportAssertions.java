package dev.lit4j.testkit.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsPopScheme;
import dev.lit4j.domain.bls.BlsPublicKey;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.bls.internal.LitSessionBlsMessage;
import dev.lit4j.domain.ethereum.internal.Eip191;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import dev.lit4j.domain.siwe.SiweMessage;
import java.util.Optional;
import java.util.Set;

/**
 * The checks {@link NodeTransportContract} makes of a {@link dev.lit4j.domain.port.NodeTransport}'s answers,
 * for tests of a transport's other behaviour (retries, timeouts, faults the contract does not inject).
 */
public final class TransportAssertions {
    private TransportAssertions() {}

    /**
     * The nodes' answer to {@code request} is a {@code lit.bls} AuthSig for the PKP, over a SIWE with the
     * request's URI, nonce and expiration, whose signature verifies under {@code networkKey} (client spec §7.8).
     */
    public static void assertSessionKeySigned(BlsPublicKey networkKey, SignSessionKeyRequest request, AuthSig authSig) {
        assertEquals(AuthSig.DERIVED_VIA_BLS, authSig.derivedVia(), "derivedVia");
        assertEquals(AuthSig.ALGO_BLS, authSig.algo(), "algo");
        assertEquals(request.pkpPublicKey().ethAddress().checksummed(), authSig.address(), "the PKP's address");
        SiweMessage asked = SiweMessage.parse(request.siweMessage());
        SiweMessage signed = SiweMessage.parse(authSig.signedMessage());
        assertEquals(asked.uri(), signed.uri(), "the SIWE's URI (the session key)");
        assertEquals(asked.nonce(), signed.nonce(), "the SIWE's nonce");
        assertEquals(asked.expirationTime(), signed.expirationTime(), "the SIWE's expiration");
        BlsSignature signature = BlsSignature.fromProofOfPossessionJson("sig", authSig.sig());
        byte[] message = LitSessionBlsMessage.fromEip191Hash(Eip191.hash(authSig.signedMessage()))
                .bytes();
        assertTrue(
                BlsPopScheme.verify(networkKey, message, signature),
                "the AuthSig's signature must verify under the network key " + networkKey);
    }

    /** The PKP's signature of {@code request}'s data recovers to the PKP's address (operations spec §1). */
    public static void assertPkpSigned(PkpSignRequest request, PkpSignature signature) {
        assertEquals(request.pkpPublicKey(), signature.publicKey(), "the PKP that signed");
        assertEquals(request.toSign(), signature.dataSigned(), "the data signed");
        assertEquals(
                request.pkpPublicKey().ethAddress(),
                signature.signature().recoverAddress(request.toSign().bytes()),
                "the signature must recover to the PKP's address");
        assertTrue(signature.signature().isLowS(), "the signature must have a low s");
    }

    /** The decryption signature is the network's signature over the request's identity (operations spec §3.7). */
    public static void assertDecryptionSigned(
            BlsPublicKey networkKey, DecryptionRequest request, BlsSignature signature) {
        assertTrue(
                BlsPopScheme.verify(networkKey, request.identity(), signature),
                "the decryption signature must verify under the network key over the identity "
                        + request.resource().key());
    }

    /**
     * {@code e} reports the faulty nodes as failures of the kind {@code fault} is reported as (a refusal with its
     * {@code errorCode}) and no other node as failed, and its message names every failure. A faulty node may be
     * left unawaited once the operation cannot succeed (a PKP's nodes outside the signing subset make the
     * threshold unreachable sooner); the message must still name it.
     */
    public static void assertNamesEveryFaultyNode(NodeException e, NodeFault fault, Set<String> faultyNodes) {
        assertFalse(e.failures().isEmpty(), "the exception must give each failing node's reason: " + e.getMessage());
        for (String url : faultyNodes) {
            Optional<NodeFailure> reported =
                    e.failures().stream().filter(f -> f.nodeUrl().equals(url)).findFirst();
            if (reported.isEmpty()) {
                assertTrue(
                        e.getMessage().contains(url),
                        "the message must name the faulty node " + url + " (failed or not awaited): " + e.getMessage());
                continue;
            }
            NodeFailure failure = reported.get();
            assertEquals(fault.reportedAs(), failure.kind(), failure.describe());
            if (fault == NodeFault.REFUSES) {
                assertEquals(NodeFault.REFUSAL_CODE, failure.errorCode(), failure.describe());
            }
        }
        for (NodeFailure failure : e.failures()) {
            assertTrue(faultyNodes.contains(failure.nodeUrl()), "a healthy node is reported: " + failure.describe());
            assertTrue(
                    e.getMessage().contains(failure.describe()),
                    "the message must name " + failure.describe() + ": " + e.getMessage());
        }
    }

    /** {@code e} refuses a request without a session sig for {@code nodeUrl}, naming that node. */
    public static void assertRefusesMissingSessionSig(InvalidInputException e, String nodeUrl) {
        assertTrue(
                e.getMessage().contains("no session sig for") && e.getMessage().contains(nodeUrl),
                "the message must name the node without a session sig, " + nodeUrl + ": " + e.getMessage());
    }
}
