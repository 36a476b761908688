package dev.lit4j.network;

import com.sun.net.httpserver.HttpServer;
import dev.lit4j.domain.LitException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One node of a {@link LocalLitNetwork}: a JDK HTTP server on 127.0.0.1 with its own port and thread
 * pool. Its port stays the same when it goes {@linkplain NodeFaults#down() down} and up again.
 * Thread-safe.
 */
public final class LocalLitNode {
    private static final int BACKLOG = 64;
    private static final InetAddress LOOPBACK = loopbackV4();

    static {
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed
        // ACK, and every answer takes ~40 ms on loopback. The JDK reads this once, when its first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final int index;
    private final int port;
    private final ThreadPoolExecutor executor;
    private final NodeFaults faults;
    private NodeRouter router;
    private HttpServer server;
    private boolean closed;

    /**
     * Binds the node's port; {@link #serve} starts answering.
     *
     * @param requestedPort the port, or 0 for an ephemeral one
     */
    LocalLitNode(int index, int requestedPort, int threads) {
        this.index = index;
        this.executor = newExecutor(index, threads);
        this.faults = new NodeFaults(new NodeFaults.Power() {
            @Override
            public void on() {
                start();
            }

            @Override
            public void off() {
                stop();
            }

            @Override
            public boolean isOn() {
                return isUp();
            }
        });
        try {
            this.server = bind(requestedPort);
        } catch (RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
        this.port = server.getAddress().getPort();
    }

    /** Starts answering requests with {@code nodeRouter}, now and after every restart. */
    synchronized void serve(NodeRouter nodeRouter) {
        this.router = nodeRouter;
        startBound(server);
    }

    /** The node's index, 0-based. */
    public int index() {
        return index;
    }

    /** The node's port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** The node's URL, {@code http://127.0.0.1:<port>}, as a client's bootstrap URL. */
    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The node's faults, to switch while the network runs. */
    public NodeFaults faults() {
        return faults;
    }

    /** Whether the node is listening. */
    public synchronized boolean isUp() {
        return server != null;
    }

    @Override
    public String toString() {
        return "LocalLitNode[" + index + ", " + url() + (isUp() ? "" : ", down") + "]";
    }

    synchronized void start() {
        if (closed) {
            throw new LitException("node " + index + " cannot start: its network is closed");
        }
        if (server == null) {
            HttpServer restarted = bind(port);
            startBound(restarted);
            server = restarted;
        }
    }

    synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Stops the node for good and ends its threads. */
    void close() {
        synchronized (this) {
            closed = true;
            stop();
        }
        executor.shutdownNow();
    }

    /** Waits up to {@code millis} for the node's threads to end. */
    boolean awaitTermination(long millis) throws InterruptedException {
        return executor.awaitTermination(millis, TimeUnit.MILLISECONDS);
    }

    private void startBound(HttpServer bound) {
        bound.createContext("/", router);
        bound.setExecutor(executor);
        bound.start();
    }

    /** An HTTP server bound to {@code port} of 127.0.0.1 (0: ephemeral), not yet started. */
    static HttpServer bind(int port) {
        InetSocketAddress address = new InetSocketAddress(LOOPBACK, port);
        try {
            return HttpServer.create(address, BACKLOG);
        } catch (IOException e) {
            throw new LitException("cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
        }
    }

    private static InetAddress loopbackV4() {
        try {
            return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException("a 4-byte address is always valid", e);
        }
    }

    private static ThreadPoolExecutor newExecutor(int index, int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor executor =
                new ThreadPoolExecutor(threads, threads, 10, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
                    Thread thread = new Thread(task, "lit-node-" + index + "-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        executor.allowCoreThreadTimeOut(true);
        return executor;
    }
}
