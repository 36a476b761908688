package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.InvalidSignatureException;
import dev.lit4j.domain.codec.internal.JsTime;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSignedMessage;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;

/**
 * The JS SDK's {@code pkpSign}: signs 32 bytes with a PKP through the nodes, using session sigs that grant
 * {@code pkp-signing} on it (operations spec §1).
 *
 * <p>Before anything is sent it checks, as the SDK does, that there is a session sig for every connected node
 * and that none has expired. The transport combines the nodes' shares; this use case checks the answer again
 * — it is for the requested PKP and bytes, and recovers to the PKP's key — so that a faulty transport cannot
 * hand out a signature that is not the PKP's. Thread-safe.
 */
public final class PkpSigner {
    private final NodeTransport nodes;
    private final Clock clock;

    @Inject
    public PkpSigner(NodeTransport nodes, Clock clock) {
        this.nodes = InvalidInputException.requireNonNull("nodes", nodes);
        this.clock = InvalidInputException.requireNonNull("clock", clock);
    }

    /**
     * The PKP's signature of {@code request.toSign()}.
     *
     * @throws InvalidInputException if a connected node has no session sig in the request, or one has expired
     * @throws NodeException if the nodes did not give enough valid shares (every node's reason is named)
     * @throws InvalidSignatureException if the transport's signature is not the PKP's for these bytes
     */
    public PkpSignature pkpSign(PkpSignRequest request) {
        InvalidInputException.requireNonNull("request", request);
        Instant now = clock.instant();
        for (String url : nodes.network().nodeUrls()) {
            requireUnexpired(url, request.sessionSigFor(url), now);
        }
        PkpSignature signature = nodes.pkpSign(request);
        requireSignatureOf(request, signature);
        return signature;
    }

    private static void requireUnexpired(String url, SessionSig sig, Instant now) {
        String field = "sessionSigs[" + url + "].signedMessage.expiration";
        String expiration = SessionSignedMessage.parse(sig.signedMessage()).expiration();
        if (!JsTime.parse(field, expiration).isAfter(now)) {
            throw new InvalidInputException(
                    field,
                    "the session sig expired at " + expiration + " (now " + JsTime.format(now)
                            + "); make new session sigs");
        }
    }

    private static void requireSignatureOf(PkpSignRequest request, PkpSignature signature) {
        if (!signature.publicKey().equals(request.pkpPublicKey())
                || !signature.dataSigned().equals(request.toSign())) {
            throw new InvalidSignatureException(
                    "pkpSign.signature",
                    "the transport returned a signature by "
                            + signature.publicKey() + " of " + signature.dataSigned() + ", not by the PKP "
                            + request.pkpPublicKey() + " of " + request.toSign());
        }
        if (!signature
                .signature()
                .recoverAddress(request.toSign().bytes())
                .equals(request.pkpPublicKey().ethAddress())) {
            throw new InvalidSignatureException(
                    "pkpSign.signature",
                    "the transport's signature does not recover to" + " the PKP's address "
                            + request.pkpPublicKey().ethAddress().checksummed());
        }
    }

    @Override
    public String toString() {
        return "PkpSigner[" + nodes + "]";
    }
}
