package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.auth.AuthSigKind;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.session.SessionPublicKey;
import dev.lit4j.domain.siwe.LitSiweBuilder;
import dev.lit4j.domain.siwe.SiweMessage;
import dev.lit4j.domain.verify.CapacityDelegationReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What one capability of a session says, read without judging it: who signed a SIWE for which URI, until
 * when, and what its ReCaps grant and delegate.
 *
 * @param index its index in the session's capabilities
 * @param authSig the capability
 * @param role what it is to this session
 * @param siwe its SIWE, if the signed message is one
 * @param problems what could not be read: the SIWE, a ReCap
 * @param recaps the decoded ReCaps of its SIWE resources, in order
 * @param otherResources its SIWE resources that are not ReCaps
 * @param delegations the capacity delegations it carries
 */
record CapabilityAccount(
        int index,
        AuthSig authSig,
        Role role,
        Optional<SiweMessage> siwe,
        List<String> problems,
        List<Recap> recaps,
        List<String> otherResources,
        CapacityDelegationReader.Reading delegations) {

    /** What a capability is to the session that carries it, told by its SIWE's URI. */
    enum Role {
        /** Its URI is this session key's: the inner AuthSig that delegates to the session. */
        INNER("inner", "delegates to this session key"),
        /** Its URI is {@code lit:capability:delegation}. */
        DELEGATION("delegation", "a capacity delegation"),
        /** Anything else, e.g. a SIWE for another session key. */
        OTHER("other", "delegates to neither this session key nor capacity credits");

        private final String label;
        private final String words;

        Role(String label, String words) {
            this.label = label;
            this.words = words;
        }

        /** A one-word name: {@code inner}, {@code delegation}, {@code other}. */
        String label() {
            return label;
        }

        /** The role in words. */
        String words() {
            return words;
        }
    }

    CapabilityAccount {
        problems = List.copyOf(problems);
        recaps = List.copyOf(recaps);
        otherResources = List.copyOf(otherResources);
    }

    /** Reads capability {@code index} of the session of {@code sessionKey}. */
    static CapabilityAccount of(int index, AuthSig capability, SessionPublicKey sessionKey) {
        SiweMessage siwe;
        try {
            siwe = SiweMessage.parse(capability.signedMessage());
        } catch (InvalidInputException e) {
            return new CapabilityAccount(
                    index,
                    capability,
                    Role.OTHER,
                    Optional.empty(),
                    List.of("its signedMessage is not a SIWE message: " + e.getMessage()),
                    List.of(),
                    List.of(),
                    new CapacityDelegationReader.Reading(List.of(), List.of()));
        }
        List<String> problems = new ArrayList<>();
        List<Recap> recaps = new ArrayList<>();
        List<String> others = new ArrayList<>();
        List<String> resources = siwe.resources() == null ? List.of() : siwe.resources();
        for (int i = 0; i < resources.size(); i++) {
            if (!resources.get(i).startsWith(RecapUrn.PREFIX)) {
                others.add(resources.get(i));
                continue;
            }
            try {
                recaps.add(RecapUrn.decodeAcceptingPadding(resources.get(i)));
            } catch (InvalidInputException e) {
                problems.add("SIWE resource " + i + " is not a ReCap a node can decode: " + e.getMessage());
            }
        }
        Role role = siwe.uri().equals(sessionKey.uri())
                ? Role.INNER
                : siwe.uri().equals(LitSiweBuilder.DELEGATION_URI) ? Role.DELEGATION : Role.OTHER;
        return new CapabilityAccount(
                index,
                capability,
                role,
                Optional.of(siwe),
                problems,
                recaps,
                others,
                CapacityDelegationReader.read(index, capability));
    }

    /** How a node classifies the signature, in words. */
    String kind() {
        AuthSigKind kind = authSig.kind();
        return switch (kind) {
            case WALLET -> "wallet signature (EIP-191)";
            case BLS_NETWORK -> "Lit network signature (BLS)";
            case SESSION -> "session sig";
            case CONTRACT -> "contract wallet signature (EIP-1271)";
        };
    }
}
