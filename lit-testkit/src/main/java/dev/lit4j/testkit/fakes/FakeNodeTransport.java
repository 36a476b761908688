package dev.lit4j.testkit.fakes;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.ConnectedNetwork;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeTransport;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A {@link NodeTransport} with no network behind it: it answers with the network and block hash it
 * was given, counts the calls, and fails on demand. For unit tests of code that uses the port.
 */
public final class FakeNodeTransport implements NodeTransport {
    private final AtomicReference<ConnectedNetwork> network;
    private final AtomicReference<String> latestBlockhash;
    private final AtomicReference<NodeException> failure = new AtomicReference<>();
    private final AtomicInteger blockhashCalls = new AtomicInteger();

    public FakeNodeTransport(ConnectedNetwork network, String latestBlockhash) {
        this.network = new AtomicReference<>(InvalidInputException.requireNonNull("network", network));
        this.latestBlockhash = new AtomicReference<>(InvalidInputException.requireNonNull("latestBlockhash",
                latestBlockhash));
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
