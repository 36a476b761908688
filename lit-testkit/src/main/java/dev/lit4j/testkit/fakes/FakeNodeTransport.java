package dev.lit4j.testkit.fakes;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.action.ExecuteJsAnswer;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.bls.BlsSignature;
import dev.lit4j.domain.pkp.PkpSignature;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.DecryptionRequest;
import dev.lit4j.domain.port.ExecuteJsNodeRequest;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeTransport;
import dev.lit4j.domain.port.PkpSignRequest;
import dev.lit4j.domain.port.SignSessionKeyRequest;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * A {@link NodeTransport} with no network behind it: it answers with the network and block hash it
 * was given, signs session keys and PKP digests with the functions it was given, records the calls, and fails on
 * demand. For unit tests of code that uses the port; {@code LocalLitNetwork} is the real thing.
 */
public final class FakeNodeTransport implements NodeTransport {
    private final AtomicReference<ConnectedNetwork> network;
    private final AtomicReference<String> latestBlockhash;
    private final AtomicReference<NodeException> failure = new AtomicReference<>();
    private final AtomicInteger blockhashCalls = new AtomicInteger();
    private final RecordedCall<SignSessionKeyRequest, AuthSig> signSessionKey =
            new RecordedCall<>("sign a session key", "onSignSessionKey");
    private final RecordedCall<PkpSignRequest, PkpSignature> pkpSign =
            new RecordedCall<>("sign with a PKP", "onPkpSign");
    private final RecordedCall<ExecuteJsNodeRequest, List<ExecuteJsAnswer>> executeJs =
            new RecordedCall<>("execute a Lit Action", "onExecuteJs");
    private final RecordedCall<DecryptionRequest, BlsSignature> decryptionSignature =
            new RecordedCall<>("give a decryption signature", "onDecryptionSignature");

    public FakeNodeTransport(ConnectedNetwork network, String latestBlockhash) {
        this.network = new AtomicReference<>(InvalidInputException.requireNonNull("network", network));
        this.latestBlockhash =
                new AtomicReference<>(InvalidInputException.requireNonNull("latestBlockhash", latestBlockhash));
    }

    @Override
    public ConnectedNetwork network() {
        throwIfFailing();
        return network.get();
    }

    @Override
    public String latestBlockhash() {
        throwIfFailing();
        blockhashCalls.incrementAndGet();
        return latestBlockhash.get();
    }

    /**
     * Records the request and answers with the function given to {@link #onSignSessionKey}.
     *
     * @throws NodeException if no function was given, or as told by {@link #failWith}
     */
    @Override
    public AuthSig signSessionKey(SignSessionKeyRequest request) {
        throwIfFailing();
        return signSessionKey.call(request);
    }

    /** Answers {@link #signSessionKey} with {@code signer} from now on. */
    public void onSignSessionKey(Function<SignSessionKeyRequest, AuthSig> signer) {
        signSessionKey.answerWith(signer);
    }

    /** The session-key signing requests received so far, in order. */
    public List<SignSessionKeyRequest> signSessionKeyRequests() {
        return signSessionKey.requests();
    }

    /**
     * Records the request and answers with the function given to {@link #onPkpSign}.
     *
     * @throws InvalidInputException if the request has no session sig for a node of {@link #network()}
     * @throws NodeException if no function was given, or as told by {@link #failWith}
     */
    @Override
    public PkpSignature pkpSign(PkpSignRequest request) {
        throwIfFailing();
        network.get().nodeUrls().forEach(request::sessionSigFor);
        return pkpSign.call(request);
    }

    /** Answers {@link #pkpSign} with {@code signer} from now on. */
    public void onPkpSign(Function<PkpSignRequest, PkpSignature> signer) {
        pkpSign.answerWith(signer);
    }

    /** The PKP signing requests received so far, in order. */
    public List<PkpSignRequest> pkpSignRequests() {
        return pkpSign.requests();
    }

    /**
     * Records the request and answers with the function given to {@link #onExecuteJs}.
     *
     * @throws NodeException if no function was given, or as told by {@link #failWith}
     */
    @Override
    public List<ExecuteJsAnswer> executeJs(ExecuteJsNodeRequest request) {
        throwIfFailing();
        return executeJs.call(request);
    }

    /** Answers {@link #executeJs} with {@code runner}'s node answers from now on. */
    public void onExecuteJs(Function<ExecuteJsNodeRequest, List<ExecuteJsAnswer>> runner) {
        executeJs.answerWith(runner);
    }

    /** The Lit Action requests received so far, in order. */
    public List<ExecuteJsNodeRequest> executeJsRequests() {
        return executeJs.requests();
    }

    /**
     * Records the request and answers with the function given to {@link #onDecryptionSignature}.
     *
     * @throws InvalidInputException if the request has no session sig for a node of {@link #network()}
     * @throws NodeException if no function was given, or as told by {@link #failWith}
     */
    @Override
    public BlsSignature decryptionSignature(DecryptionRequest request) {
        throwIfFailing();
        network.get().nodeUrls().forEach(request::sessionSigFor);
        return decryptionSignature.call(request);
    }

    /** Answers {@link #decryptionSignature} with {@code signer} from now on. */
    public void onDecryptionSignature(Function<DecryptionRequest, BlsSignature> signer) {
        decryptionSignature.answerWith(signer);
    }

    /** The decryption requests received so far, in order. */
    public List<DecryptionRequest> decryptionRequests() {
        return decryptionSignature.requests();
    }

    /** Answers {@code value} from now on. */
    public void setLatestBlockhash(String value) {
        latestBlockhash.set(InvalidInputException.requireNonNull("latestBlockhash", value));
    }

    /** Answers {@code value} from now on. */
    public void setNetwork(ConnectedNetwork value) {
        network.set(InvalidInputException.requireNonNull("network", value));
    }

    /** Every call throws {@code exception} until {@code failWith(null)}. */
    public void failWith(NodeException exception) {
        failure.set(exception);
    }

    /** How many times {@link #latestBlockhash()} was asked. */
    public int blockhashCalls() {
        return blockhashCalls.get();
    }

    private void throwIfFailing() {
        NodeException exception = failure.get();
        if (exception != null) {
            throw exception;
        }
    }
}
