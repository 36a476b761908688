package dev.lit4j.domain.naga;

import dev.lit4j.domain.InvalidInputException;
import java.time.Instant;

/**
 * What an opened Naga envelope held (node spec §3.2).
 *
 * @param sender the sender's key, the envelope's {@code verification_key}: a node replies to it, a client
 *     matches it against the node's {@code nodeIdentityKey}
 * @param createdAt the envelope's {@code created_at}
 * @param plaintext the decrypted JSON text (a request, or a {@code GenericResponse})
 */
public record OpenedEnvelope(BoxPublicKey sender, Instant createdAt, String plaintext) {
    public OpenedEnvelope {
        InvalidInputException.requireNonNull("openedEnvelope.sender", sender);
        InvalidInputException.requireNonNull("openedEnvelope.createdAt", createdAt);
        InvalidInputException.requireNonNull("openedEnvelope.plaintext", plaintext);
    }

    /** The plaintext is not shown: it may carry session signatures or decrypted data. */
    @Override
    public String toString() {
        return "OpenedEnvelope[sender=" + sender.hex() + ", createdAt=" + createdAt + ", plaintext="
                + plaintext.length() + " chars]";
    }
}
