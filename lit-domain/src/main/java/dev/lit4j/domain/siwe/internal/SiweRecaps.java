package dev.lit4j.domain.siwe.internal;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.siwe.SiweMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * ReCaps carried by SIWE messages: adding one ({@code Recap.add_to_siwe_message}, client spec §3.5)
 * and finding the one a message already carries ({@code Recap.extract_and_verify}).
 */
public final class SiweRecaps {
    private SiweRecaps() {}

    /**
     * The ReCap in the last resource of {@code siwe}, if that resource decodes (strictly) as a ReCap
     * and the statement ends with the ReCap's statement. Empty otherwise, including when there is no
     * statement or no resource.
     */
    public static Optional<Recap> extractAndVerify(SiweMessage siwe) {
        InvalidInputException.requireNonNull("siwe", siwe);
        if (siwe.statement() == null
                || siwe.resources() == null
                || siwe.resources().isEmpty()) {
            return Optional.empty();
        }
        Recap recap;
        try {
            recap = RecapUrn.decode(siwe.resources().get(siwe.resources().size() - 1));
        } catch (InvalidInputException notARecap) {
            return Optional.empty();
        }
        return siwe.statement().endsWith(recap.statement()) ? Optional.of(recap) : Optional.empty();
    }

    /**
     * {@code siwe} carrying {@code recap} as well. When {@code siwe} already carries a ReCap
     * ({@link #extractAndVerify}), the two are merged ({@link Recap#merge}): the old ReCap statement at
     * the end of the statement is replaced by the merged one, and the last resource by the merged URN.
     * Otherwise the ReCap statement is appended to the statement (after a space, or alone when there
     * was none) and the URN to the resources.
     */
    public static SiweMessage addRecap(SiweMessage siwe, Recap recap) {
        InvalidInputException.requireNonNull("siwe", siwe);
        InvalidInputException.requireNonNull("recap", recap);
        Optional<Recap> existing = extractAndVerify(siwe);
        List<String> resources = siwe.resources() == null ? new ArrayList<>() : new ArrayList<>(siwe.resources());
        if (existing.isPresent()) {
            Recap merged = existing.get().merge(recap);
            String statement = siwe.statement();
            String kept = statement.substring(
                    0, statement.length() - existing.get().statement().length());
            resources.set(resources.size() - 1, merged.encode());
            return siwe.withStatement(kept + merged.statement()).withResources(resources);
        }
        String statement = siwe.statement() == null ? recap.statement() : siwe.statement() + " " + recap.statement();
        resources.add(recap.encode());
        return siwe.withStatement(statement).withResources(resources);
    }
}
