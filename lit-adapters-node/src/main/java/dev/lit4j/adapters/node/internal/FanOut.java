package dev.lit4j.adapters.node.internal;

import dev.lit4j.adapters.node.RetryPolicy;
import dev.lit4j.domain.port.NodeException;
import dev.lit4j.domain.port.NodeFailure;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.function.IntSupplier;

/**
 * One request sent to several nodes at once, whose replies the calling thread takes one by one as they
 * arrive ({@link #next()}), so that it can stop as soon as it has what it needs and never waits for
 * the slowest node. All nodes get the same {@code X-Request-Id}, and the same body or each its own. Not thread-safe:
 * one thread takes the replies.
 */
public final class FanOut {
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
    public static FanOut start(
            NodeHttp http,
            List<String> nodeUrls,
            String path,
            String body,
            Duration timeout,
            NodeHttp.Repeat repeat,
            RetryPolicy retryPolicy) {
        Map<String, String> bodies = new LinkedHashMap<>();
        nodeUrls.forEach(url -> bodies.put(url, body));
        return start(http, bodies, path, timeout, repeat, retryPolicy);
    }

    /**
     * Sends each node its own body (e.g. with its own session sig) to {@code path}, all with one
     * {@code X-Request-Id}.
     *
     * @param bodyByNodeUrl the nodes to call, in order, and the body for each
     * @param timeout how long each attempt may take
     * @param retryPolicy the policy {@code http} retries with, to bound the overall wait
     */
    public static FanOut start(
            NodeHttp http,
            Map<String, String> bodyByNodeUrl,
            String path,
            Duration timeout,
            NodeHttp.Repeat repeat,
            RetryPolicy retryPolicy) {
        return start(http, bodyByNodeUrl, path, newRequestId(), timeout, repeat, retryPolicy);
    }

    /**
     * Sends each node its own body to {@code path}, all with the caller's {@code X-Request-Id} (a wire whose
     * ids have another form, or one operation that makes several calls under one id).
     *
     * @param bodyByNodeUrl the nodes to call, in order, and the body for each
     * @param requestId the {@code X-Request-Id} of every call
     * @param timeout how long each attempt may take
     * @param retryPolicy the policy {@code http} retries with, to bound the overall wait
     */
    public static FanOut start(
            NodeHttp http,
            Map<String, String> bodyByNodeUrl,
            String path,
            String requestId,
            Duration timeout,
            NodeHttp.Repeat repeat,
            RetryPolicy retryPolicy) {
        Duration wait = timeout.multipliedBy(retryPolicy.maxAttempts())
                .plus(retryPolicy.totalBackoff())
                .plus(SLACK);
        List<String> nodeUrls = List.copyOf(bodyByNodeUrl.keySet());
        FanOut fanOut = new FanOut(nodeUrls, wait);
        for (String url : nodeUrls) {
            CompletableFuture<NodeReply> call =
                    http.post(url, path, bodyByNodeUrl.get(url), requestId, timeout, repeat);
            call.thenAccept(fanOut.replies::add);
            fanOut.calls.add(call);
        }
        return fanOut;
    }

    /** A fresh {@code X-Request-Id}: {@code lit_} and 16 random hex digits, like the JS SDK's {@code lit_<hex>}. */
    public static String newRequestId() {
        return "lit_" + Long.toHexString(RANDOM.nextLong() | Long.MIN_VALUE);
    }

    /** Whether some node has not replied yet. */
    public boolean hasPending() {
        return !pending.isEmpty();
    }

    /** How many nodes have not replied yet. */
    public int pendingCount() {
        return pending.size();
    }

    /** The nodes that have not replied yet, in the order they were called. */
    public List<String> pendingUrls() {
        return List.copyOf(pending);
    }

    /**
     * The next reply, waiting for it; empty once every node has replied or the overall deadline (every
     * attempt's timeout and backoff, plus slack) has passed.
     *
     * @throws NodeException if the calling thread is interrupted while waiting (its flag is set again)
     */
    public Optional<NodeReply> next() {
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

    /**
     * Offers the replies to {@code offer} as they arrive, while {@code largestGroup} plus the nodes still pending
     * can reach {@code threshold}, until it gives a result; then, or when that is out of reach, stops waiting for
     * the other nodes ({@link #abandon()}).
     *
     * @param largestGroup the size of the largest group of agreeing answers so far
     * @return the first result, or empty if there was none
     */
    public <T> Optional<T> firstResult(
            IntSupplier largestGroup, int threshold, Function<NodeReply, Optional<T>> offer) {
        try {
            while (largestGroup.getAsInt() + pending.size() >= threshold) {
                Optional<NodeReply> reply = next();
                if (reply.isEmpty()) {
                    break;
                }
                Optional<T> result = offer.apply(reply.get());
                if (result.isPresent()) {
                    return result;
                }
            }
            return Optional.empty();
        } finally {
            abandon();
        }
    }

    /**
     * Accounts for the nodes that have not replied when a quorum was not reached: if they could have made it
     * up ({@code largestGroup} + their number ≥ {@code threshold}), each is added to {@code failures} as a
     * timeout; otherwise they were not awaited, which the returned clause says (empty when every node replied).
     *
     * @param timeout the per-attempt timeout, for the message
     */
    public String accountForPending(int largestGroup, int threshold, Duration timeout, List<NodeFailure> failures) {
        if (pending.isEmpty()) {
            return "";
        }
        if (largestGroup + pending.size() < threshold) {
            return " (" + pending.size() + " more could not have made up the difference and were not awaited: "
                    + pendingUrls() + ")";
        }
        pending.forEach(url -> failures.add(
                NodeFailure.of(url, NodeFailure.Kind.TIMEOUT, "no answer within " + timeout.toMillis() + " ms")));
        return "";
    }

    /** Stops waiting for the nodes that have not replied; their answers are ignored. */
    public void abandon() {
        calls.forEach(call -> call.cancel(true));
    }
}
