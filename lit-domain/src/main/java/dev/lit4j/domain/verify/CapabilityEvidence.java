package dev.lit4j.domain.verify;

import dev.lit4j.domain.siwe.SiweMessage;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What a capability says regardless of time and request, worked out once and cacheable: its parsed SIWE
 * and validity window, whether its signature verifies, and its ReCaps.
 *
 * @param siwe the parsed SIWE
 * @param notBefore its {@code Not Before}, or null
 * @param expiration its {@code Expiration Time}, or null
 * @param signatureProblem why its signature does not verify, or null when it does
 * @param recaps its ReCaps, read as a node reads them
 */
record CapabilityEvidence(
        SiweMessage siwe,
        @Nullable Instant notBefore,
        @Nullable Instant expiration,
        @Nullable String signatureProblem,
        RecapAuthorization recaps)
        implements VerifiedSigCache.Entry {

    @Override
    public @Nullable Instant evictAfter() {
        return expiration;
    }
}
