package dev.lit4j.testkit.fakes;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.port.NodeException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * One port method of a fake: records each request and answers with the function a test gave. Thread-safe.
 *
 * @param <Q> the request type
 * @param <A> the answer type
 */
final class RecordedCall<Q, A> {
    private final String what;
    private final String setter;
    private final List<Q> requests = new CopyOnWriteArrayList<>();
    private final AtomicReference<Function<Q, A>> answer = new AtomicReference<>();

    /**
     * @param what what the fake is asked to do, for the error without an answer ("sign a session key")
     * @param setter the name of the fake's method that gives the answer
     */
    RecordedCall(String what, String setter) {
        this.what = what;
        this.setter = setter;
    }

    /** Records {@code request} and answers it. */
    A call(Q request) {
        requests.add(InvalidInputException.requireNonNull("request", request));
        Function<Q, A> function = answer.get();
        if (function == null) {
            throw new NodeException(
                    "FakeNodeTransport was asked to " + what + " but was given no " + setter + " function");
        }
        return function.apply(request);
    }

    /** Answers with {@code function} from now on. */
    void answerWith(Function<Q, A> function) {
        answer.set(InvalidInputException.requireNonNull("signer", function));
    }

    /** The requests so far, in order. */
    List<Q> requests() {
        return List.copyOf(requests);
    }
}
