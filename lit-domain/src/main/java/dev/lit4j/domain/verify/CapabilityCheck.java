package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.ethereum.EthAddress;
import java.util.List;
import java.util.Optional;

/**
 * How one capability of a session sig fared in the node's capability walk (node spec §2.6): the rules it
 * passed, in order, and the first one it failed, if any. A node stops at a capability's first failure
 * and tries the next capability; the first capability without a failure is the accepted one.
 *
 * @param index the capability's index in {@code capabilities}
 * @param derivedVia its {@code derivedVia}
 * @param kind how a node classifies it
 * @param address its JSON {@code address}, as written: what a node takes as the user's address
 * @param siweSigner the address line of its SIWE, if the SIWE parsed
 * @param passed the rules it passed, in the order they were checked
 * @param failure the rule it failed, or empty if it was accepted
 */
public record CapabilityCheck(
        int index,
        String derivedVia,
        AuthSigKind kind,
        String address,
        Optional<EthAddress> siweSigner,
        List<VerificationRule> passed,
        Optional<Finding> failure) {

    public CapabilityCheck {
        InvalidInputException.requireNonNull("capabilityCheck.derivedVia", derivedVia);
        InvalidInputException.requireNonNull("capabilityCheck.kind", kind);
        InvalidInputException.requireNonNull("capabilityCheck.address", address);
        InvalidInputException.requireNonNull("capabilityCheck.siweSigner", siweSigner);
        InvalidInputException.requireNonNull("capabilityCheck.passed", passed);
        InvalidInputException.requireNonNull("capabilityCheck.failure", failure);
        passed = List.copyOf(passed);
    }

    /** True if it passed every rule: a node would take it as the session's capability. */
    public boolean isAccepted() {
        return failure.isEmpty();
    }

    /**
     * {@code capability <index> (<derivedVia> <address>)}, the subject of its findings; both values escaped
     * and bounded ({@link PrintableText}).
     */
    public String label() {
        return label(index, derivedVia, address);
    }

    static String label(int index, String derivedVia, String address) {
        return "capability " + index + " (" + PrintableText.of(derivedVia) + " " + PrintableText.of(address) + ")";
    }
}
