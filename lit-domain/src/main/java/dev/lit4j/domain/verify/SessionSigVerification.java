package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.session.SessionSignedMessage;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The outcome of verifying one node's session sig: the verdict, the error a Lit node would answer,
 * every rule that failed and how each capability fared. {@link #describe()} renders it all for a
 * command line.
 *
 * <p>The session sig's own checks (node spec §2.1 – §2.5) stop at the first failure, as a node's do, so
 * at most one of them is reported. The capability walk (§2.6) reports every capability it examined: why
 * each rejected one failed, and which one was accepted. A node stops at the accepted one, so later
 * capabilities are not examined.
 *
 * @param valid true if every rule checked passed: the session sig's, and the capacity or payment delegation's
 *     when it was asked for
 * @param mode the mode the verifier ran in
 * @param resource the requested resource
 * @param ability the requested ability
 * @param nodeError the error a node answers with for the failed rule, or empty if the session sig passed;
 *     for a rule only strict mode checks ({@link VerificationRule#isStrictOnly()}), the error of the stage it
 *     belongs to, although a node itself would not refuse for it; a refused capacity delegation has no node
 *     error code
 * @param findings every rule that failed, in the order checked, including those of capabilities a node
 *     skipped before it accepted one, and the capacity delegation's problems
 * @param capabilities the capabilities examined, in order
 * @param signedMessage the parsed signed message, if the signature verified and the message parsed
 * @param capacityDelegation the capacity delegation check, when it was asked for and the signed message
 *     could be read
 * @param paymentDelegation the Naga payment delegation check, when it was asked for and the signed message
 *     (with its {@code maxPrice}) could be read
 */
public record SessionSigVerification(
        boolean valid,
        VerificationMode mode,
        LitResource resource,
        LitAbility ability,
        Optional<SessionSigErrorCode> nodeError,
        List<Finding> findings,
        List<CapabilityCheck> capabilities,
        Optional<SessionSignedMessage> signedMessage,
        Optional<CapacityDelegationCheck> capacityDelegation,
        Optional<PaymentDelegationCheck> paymentDelegation) {

    /** A verification without a payment delegation check. */
    public SessionSigVerification(
            boolean valid,
            VerificationMode mode,
            LitResource resource,
            LitAbility ability,
            Optional<SessionSigErrorCode> nodeError,
            List<Finding> findings,
            List<CapabilityCheck> capabilities,
            Optional<SessionSignedMessage> signedMessage,
            Optional<CapacityDelegationCheck> capacityDelegation) {
        this(
                valid,
                mode,
                resource,
                ability,
                nodeError,
                findings,
                capabilities,
                signedMessage,
                capacityDelegation,
                Optional.empty());
    }

    public SessionSigVerification {
        InvalidInputException.requireNonNull("verification.mode", mode);
        InvalidInputException.requireNonNull("verification.resource", resource);
        InvalidInputException.requireNonNull("verification.ability", ability);
        InvalidInputException.requireNonNull("verification.nodeError", nodeError);
        InvalidInputException.requireNonNull("verification.findings", findings);
        InvalidInputException.requireNonNull("verification.capabilities", capabilities);
        InvalidInputException.requireNonNull("verification.signedMessage", signedMessage);
        InvalidInputException.requireNonNull("verification.capacityDelegation", capacityDelegation);
        InvalidInputException.requireNonNull("verification.paymentDelegation", paymentDelegation);
        findings = List.copyOf(findings);
        capabilities = List.copyOf(capabilities);
        if (valid && (nodeError.isPresent() || capabilities.stream().noneMatch(CapabilityCheck::isAccepted))) {
            throw new InvalidInputException(
                    "verification", "a valid verification has an accepted capability and" + " no node error");
        }
        if (!valid && findings.isEmpty()) {
            throw new InvalidInputException("verification", "an invalid verification names the rules that failed");
        }
    }

    /** The capability a node would take as the session's: the first that passed every rule. */
    public Optional<CapabilityCheck> acceptedCapability() {
        return capabilities.stream().filter(CapabilityCheck::isAccepted).findFirst();
    }

    /**
     * The user address a node takes from the accepted capability: its JSON {@code address} as written (for
     * a {@code lit.bls} capability, the PKP's address).
     */
    public Optional<String> userAddress() {
        return acceptedCapability().map(CapabilityCheck::address);
    }

    /**
     * Why the verdict is INVALID: the failed rules as lines {@code <subject>: <reason> [<section>]}, escaped
     * and bounded ({@link PrintableText}). Empty for a valid verdict: the capabilities a node skipped on its
     * way to the accepted one are in {@link #capabilities()}.
     */
    public List<String> reasons() {
        return valid
                ? List.of()
                : findings.stream().map(finding -> line(finding.toString())).toList();
    }

    /**
     * A multi-line report for people: the verdict, the node's answer, the failed rules (for an INVALID
     * verdict only), each capability examined, and the capacity or payment delegations found. It never contradicts its
     * verdict: an INVALID one never says a node accepts, a VALID one lists no failed rules. Values taken from the session sig are escaped and
     * bounded ({@link PrintableText}), so nothing in it can break a line or colour the terminal.
     */
    public String describe() {
        StringBuilder out = new StringBuilder(512);
        out.append("session sig ")
                .append(valid ? "VALID" : "INVALID")
                .append(" (")
                .append(mode == VerificationMode.STRICT ? "strict" : "node-faithful")
                .append(" mode) for ")
                .append(ability.wireName())
                .append(" on ")
                .append(resource.key())
                .append('\n');
        if (nodeError.isEmpty() && valid) {
            out.append("a Lit node accepts the session sig\n");
        } else if (nodeError.isEmpty() && capacityDelegation.isPresent()) {
            out.append("the session sig itself passes a Lit node's checks, but no capacity delegation lets ")
                    .append(capacityDelegation.get().user())
                    .append(" spend Capacity Credits\n");
        } else if (nodeError.isEmpty() && paymentDelegation.isPresent()) {
            out.append("the session sig itself passes a Lit node's checks, but no payment delegation pays for ")
                    .append(paymentDelegation.get().user())
                    .append('\n');
        } else if (nodeError.isEmpty()) {
            out.append("it fails the rules below\n");
        } else if (findings.stream().anyMatch(finding -> finding.rule().isStrictOnly())) {
            out.append("strict mode refuses it as ")
                    .append(nodeError.get())
                    .append("; a Lit node does not check the" + " strict-mode rules, so it may accept it\n");
        } else {
            out.append("a Lit node answers ").append(nodeError.get()).append('\n');
        }
        userAddress()
                .ifPresent(address -> out.append("user address: ")
                        .append(PrintableText.of(address))
                        .append('\n'));
        // a valid session's findings are the capabilities a node skipped on its way to the accepted one; they
        // are listed with the capabilities, not as failures of the verdict
        if (!valid && !findings.isEmpty()) {
            out.append("failed rules:\n");
            findings.forEach(finding ->
                    out.append("  - ").append(line(finding.toString())).append('\n'));
        }
        if (!capabilities.isEmpty()) {
            out.append("capabilities:\n");
            for (CapabilityCheck check : capabilities) {
                out.append("  - ")
                        .append(line(check.label() + ": "
                                + check.failure()
                                        .map(f -> "rejected, " + f.reason())
                                        .orElse("accepted")));
                if (!check.passed().isEmpty()) {
                    out.append(" (passed: ")
                            .append(check.passed().stream()
                                    .map(VerificationRule::name)
                                    .collect(Collectors.joining(", ")))
                            .append(')');
                }
                out.append('\n');
            }
        }
        capacityDelegation.ifPresent(delegation -> {
            out.append("capacity delegation for ")
                    .append(delegation.user())
                    .append(": ")
                    .append(delegation.authorized() ? "AUTHORIZED" : "NOT AUTHORIZED")
                    .append('\n');
            delegation
                    .grants()
                    .forEach(grant ->
                            out.append("  - ").append(line(grant.toString())).append('\n'));
        });
        paymentDelegation.ifPresent(delegation -> {
            out.append("payment delegation for ")
                    .append(delegation.user())
                    .append(" (")
                    .append(delegation.scope())
                    .append(", maxPrice ")
                    .append(delegation.sessionMaxPrice())
                    .append("): ")
                    .append(delegation.authorized() ? "AUTHORIZED" : "NOT AUTHORIZED")
                    .append('\n');
            delegation
                    .grants()
                    .forEach(grant ->
                            out.append("  - ").append(line(grant.toString())).append('\n'));
        });
        return out.toString();
    }

    // findings quote values from the session sig; escaping again is harmless and catches any that were not
    private static String line(String text) {
        return PrintableText.of(text, PrintableText.MAX_LINE_LENGTH);
    }

    @Override
    public String toString() {
        return describe();
    }
}
