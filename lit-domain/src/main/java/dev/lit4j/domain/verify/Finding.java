package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import java.util.OptionalInt;

/**
 * One rule a session sig, or one of its capabilities, failed: which rule, what it concerns and why, in
 * words a command line can print.
 *
 * @param rule the rule that failed
 * @param subject what failed it: {@code session sig}, or a capability such as
 *     {@code capability 0 (web3.eth.personal.sign 0xf39F…)}
 * @param capabilityIndex the capability's index in {@code capabilities}, if the finding is about one
 * @param reason why, naming the offending value and what would pass
 */
public record Finding(VerificationRule rule, String subject, OptionalInt capabilityIndex, String reason) {

    public Finding {
        InvalidInputException.requireNonNull("finding.rule", rule);
        InvalidInputException.requireNonNull("finding.subject", subject);
        InvalidInputException.requireNonNull("finding.capabilityIndex", capabilityIndex);
        InvalidInputException.requireNonNull("finding.reason", reason);
    }

    /** {@code <subject>: <reason> [<section>]}. */
    @Override
    public String toString() {
        return subject + ": " + reason + " [" + rule.section() + "]";
    }
}
