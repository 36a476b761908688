package dev.lit4j.adapters.node;

import dev.lit4j.domain.port.NodeException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * One request sent to several nodes at once, whose replies the calling thread takes one by one as they
 * arrive ({@link #next()}), so that it can stop as soon as it has what it needs and never waits for
 * the slowest node. All nodes get the same {@code X-Request-Id}, and the same body unless each is given its own. Not thread-safe:
 * one thread takes the replies.
 */
final class FanOut {
    private static final SecureRandom RANDOM = new SecureRandom();
    // slack on top of every attempt's timeout and every backoff, for scheduling delays
    private static final Duration SLACK = Duration.ofSeconds(1);

    private final BlockingQueue<NodeReply> replies = new LinkedBlockingQueue<>();
    private final Set<String> pending;
    private final List<CompletableFuture<NodeReply>> calls = new ArrayList<>();
    private final long deadlineNanos;

    private FanOut(List<String> nodeUrls, Duration wait) {
        this.pending = new LinkedHashSet<>(nodeUrls);
        this.deadlineNanos = System.nanoTime() + wait.toNanos();
    }

    /**
     * Sends {@code body} to {@code path} of every node in {@code nodeUrls}.
     *
     * @param timeout how long each attempt may take
     * @param retryPolicy the policy {@code http} retries with, to bound the overall wait
     */
    static FanOut start(NodeHttp http, List<String> nodeUrls, String path, String body, Duration timeout,
            NodeHttp.Repeat repeat, RetryPolicy retryPolicy) {
        return start(http, nodeUrls, path, url -> body, timeout, repeat, retryPolicy);
    }

    /**
     * Sends each node of {@code nodeUrls} its own body, e.g. one carrying that node's session sig.
     *
     * @param bodyFor the body for a node URL
     */
    static FanOut start(NodeHttp http, List<String> nodeUrls, String path, Function<String, String> bodyFor,
            Duration timeout, NodeHttp.Repeat repeat, RetryPolicy retryPolicy) {
        Duration wait = timeout.multipliedBy(retryPolicy.maxAttempts()).plus(retryPolicy.totalBackoff()).plus(SLACK);
        FanOut fanOut = new FanOut(nodeUrls, wait);
        String requestId = newRequestId();
        for (String url : nodeUrls) {
            CompletableFuture<NodeReply> call = http.post(url, path, bodyFor.apply(url), requestId, timeout, repeat);
            call.thenAccept(fanOut.replies::add);
            fanOut.calls.add(call);
        }
        return fanOut;
    }

    /** A fresh {@code X-Request-Id}: {@code lit_} and 16 random hex digits, like the JS SDK's {@code lit_<hex>}. */
    static String newRequestId() {
        return "lit_" + Long.toHexString(RANDOM.nextLong() | Long.MIN_VALUE);
    }

    /** Whether some node has not replied yet. */
    boolean hasPending() {
        return !pending.isEmpty();
    }

    /** How many nodes have not replied yet. */
    int pendingCount() {
        return pending.size();
    }

    /** The nodes that have not replied yet, in the order they were called. */
    List<String> pendingUrls() {
        return List.copyOf(pending);
    }

    /**
     * The next reply, waiting for it; empty once every node has replied or the overall deadline (every
     * attempt's timeout and backoff, plus slack) has passed.
     *
     * @throws NodeException if the calling thread is interrupted while waiting (its flag is set again)
     */
    Optional<NodeReply> next() {
        if (pending.isEmpty()) {
            return Optional.empty();
        }
        try {
            NodeReply reply = replies.poll(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (reply != null) {
                pending.remove(reply.nodeUrl());
            }
            return Optional.ofNullable(reply);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abandon();
            throw new NodeException("interrupted while waiting for the nodes " + pending, e);
        }
    }

    /** Stops waiting for the nodes that have not replied; their answers are ignored. */
    void abandon() {
        calls.forEach(call -> call.cancel(true));
    }
}
