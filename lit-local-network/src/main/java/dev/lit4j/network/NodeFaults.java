package dev.lit4j.network;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import java.time.Duration;

/**
 * The faults of one node, switched on and off by a test while the network runs.
 *
 * <ul>
 *   <li>{@link #down()} / {@link #up()}: the node stops listening (connections are refused) and starts again
 *       on the same port;</li>
 *   <li>{@link #slow(Duration)}: every request waits this long before it is handled, or less if the network
 *       closes meanwhile;</li>
 *   <li>{@link #answerError(LitNodeError)} / {@link #answerServerError()}: every request is answered with this
 *       Lit error;</li>
 *   <li>{@link #answerGarbage()}: every request is answered 200 with a body that is not JSON;</li>
 *   <li>{@link #wrongBlsShare(boolean)}: a flag the {@code sign_session_key} endpoint reads to sign with a
 *       wrong key share, wrong independently of every other faulty node's, so that no combination that
 *       includes it verifies;</li>
 *   <li>{@link #wrongEcdsaShare(boolean)} / {@link #missingEcdsaShare(boolean)}: flags the {@code pkp/sign}
 *       endpoint reads to answer a wrong ECDSA share (a signing node's share off by a value of its own; a
 *       non-signing node's forged share in place of the fail share), or the fail share although the node
 *       signs.</li>
 * </ul>
 * A node with any fault but slowness takes no part in a signing subset while enough healthy nodes remain
 * ({@link #takesPartInSigning()}).
 * A slow node still answers per its other faults after the delay. Thread-safe.
 */
public final class NodeFaults {
    /** The body {@link #answerGarbage()} makes the node send. */
    public static final String GARBAGE_BODY = "<html>this is not JSON</html>";

    /** Turns a node's server on and off. */
    interface Power {
        void on();

        void off();

        boolean isOn();
    }

    private final Power power;
    private volatile Duration delay = Duration.ZERO;
    private volatile LitNodeError error;
    private volatile boolean garbage;
    private volatile boolean wrongBlsShare;
    private volatile boolean wrongEcdsaShare;
    private volatile boolean missingEcdsaShare;

    NodeFaults(Power power) {
        this.power = power;
    }

    /** Stops the node's server: connecting to it is refused until {@link #up()}. */
    public void down() {
        power.off();
    }

    /** Starts the node's server again, on the same port. */
    public void up() {
        power.on();
    }

    /** Whether the node is down. */
    public boolean isDown() {
        return !power.isOn();
    }

    /**
     * Makes every request wait {@code delay} before it is handled; {@link Duration#ZERO} turns it off.
     *
     * @throws InvalidInputException if the delay is negative
     */
    public void slow(Duration delay) {
        InvalidInputException.requireNonNull("delay", delay);
        if (delay.isNegative()) {
            throw new InvalidInputException("delay", "must not be negative, got " + delay);
        }
        this.delay = delay;
    }

    /** The delay set by {@link #slow(Duration)}. */
    public Duration delay() {
        return delay;
    }

    /** Answers every request with {@code error} (its status and Lit error body) instead of handling it. */
    public synchronized void answerError(LitNodeError error) {
        this.error = InvalidInputException.requireNonNull("error", error);
        this.garbage = false;
    }

    /** Answers every request with HTTP 500 and an uncoded {@code Unexpected} Lit error. */
    public void answerServerError() {
        answerError(LitNodeError.uncoded(ErrorKind.UNEXPECTED, "fault injected by LocalLitNetwork"));
    }

    /** Answers every request with HTTP 200, {@code Content-Type: application/json} and {@link #GARBAGE_BODY}. */
    public synchronized void answerGarbage() {
        this.garbage = true;
        this.error = null;
    }

    /** Makes the BLS-signing endpoints ({@code sign_session_key}, {@code encryption/sign}) sign with a wrong key share, or stop. */
    public void wrongBlsShare(boolean on) {
        this.wrongBlsShare = on;
    }

    /** Whether the node should sign with a wrong BLS key share; read by the BLS-signing endpoints. */
    public boolean isWrongBlsShare() {
        return wrongBlsShare;
    }

    /** Makes the {@code pkp/sign} endpoint answer a wrong ECDSA signature share, or stop doing so. */
    public void wrongEcdsaShare(boolean on) {
        this.wrongEcdsaShare = on;
    }

    /** Whether the node answers a wrong ECDSA share; read by the {@code pkp/sign} endpoint. */
    public boolean isWrongEcdsaShare() {
        return wrongEcdsaShare;
    }

    /** Makes the {@code pkp/sign} endpoint answer the fail share even when the node signs, or stop doing so. */
    public void missingEcdsaShare(boolean on) {
        this.missingEcdsaShare = on;
    }

    /** Whether the node withholds its ECDSA share; read by the {@code pkp/sign} endpoint. */
    public boolean isMissingEcdsaShare() {
        return missingEcdsaShare;
    }

    /**
     * Whether the node is a healthy peer that the network puts in signing subsets: up, and with no fault
     * injected but slowness.
     */
    public boolean takesPartInSigning() {
        return !isDown() && error == null && !garbage && !wrongBlsShare && !wrongEcdsaShare && !missingEcdsaShare;
    }

    /** Clears every fault and brings the node up. */
    public synchronized void clear() {
        delay = Duration.ZERO;
        error = null;
        garbage = false;
        wrongBlsShare = false;
        wrongEcdsaShare = false;
        missingEcdsaShare = false;
        power.on();
    }

    LitNodeError injectedError() {
        return error;
    }

    boolean isAnsweringGarbage() {
        return garbage;
    }

    @Override
    public String toString() {
        return "NodeFaults[down=" + isDown() + ", delay=" + delay + ", error="
                + (error == null ? "none" : error.getMessage()) + ", garbage=" + garbage + ", wrongBlsShare="
                + wrongBlsShare + ", wrongEcdsaShare=" + wrongEcdsaShare + ", missingEcdsaShare="
                + missingEcdsaShare + "]";
    }
}
