package dev.lit4j.testkit.signer;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** What the signer contracts share: work started on many threads at once, and the search for shown secrets. */
final class SignerChecks {
    private SignerChecks() {}

    /** One thread's work. */
    @FunctionalInterface
    interface ThreadWork<T> {
        /** The work of thread number {@code thread}. */
        T run(int thread) throws Exception;
    }

    /**
     * Runs {@code work} on {@code threads} threads released at the same moment, and gives their results in
     * thread order, waiting at most 2 minutes for each.
     */
    static <T> List<T> onThreadsAtOnce(int threads, ThreadWork<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int thread = 0; thread < threads; thread++) {
                int number = thread;
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.run(number);
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(2, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Fails if {@code text} shows one of {@code secrets}, in any letter case, a hex one also without {@code 0x}.
     *
     * @param where what the text is, for the failure message
     */
    static void assertNoSecret(List<String> secrets, String text, String where) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String secret : secrets) {
            for (String form : List.of(secret, secret.startsWith("0x") ? secret.substring(2) : secret)) {
                assertFalse(lower.contains(form.toLowerCase(Locale.ROOT)), where + " shows a secret: " + text);
            }
        }
    }
}
