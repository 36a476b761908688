package dev.lit4j.domain.verify;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.recap.internal.RecapUrn;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.siwe.SiweMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.jspecify.annotations.Nullable;

/**
 * The ReCaps of a capability's SIWE as a node reads and applies them in the session-sig path (node spec
 * §2.8): every {@code urn:recap:} resource, decoded leniently (base64 padding allowed) and skipped when
 * it does not decode; the statement rule; and the grant rule.
 *
 * @param recaps the decoded ReCaps, in resource order
 * @param skipped why each undecodable {@code urn:recap:} resource was skipped
 * @param statementProblem why the statement rule fails, or null when it holds
 */
record RecapAuthorization(
        List<IndexedRecap> recaps,
        List<String> skipped,
        @Nullable String statementProblem) {

    /** A decoded ReCap and the index of the SIWE resource it came from. */
    record IndexedRecap(int resourceIndex, Recap recap) {}

    RecapAuthorization {
        recaps = List.copyOf(recaps);
        skipped = List.copyOf(skipped);
    }

    /**
     * Decodes the ReCaps of {@code siwe} and applies the statement rule: when the SIWE has a statement,
     * it must end with the statement of every decoded ReCap.
     */
    static RecapAuthorization of(SiweMessage siwe) {
        List<IndexedRecap> recaps = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        List<String> resources = siwe.resources() == null ? List.of() : siwe.resources();
        for (int i = 0; i < resources.size(); i++) {
            if (resources.get(i).startsWith(RecapUrn.PREFIX)) {
                try {
                    recaps.add(new IndexedRecap(i, RecapUrn.decodeAcceptingPadding(resources.get(i))));
                } catch (InvalidInputException e) {
                    skipped.add("resource " + i + " is not a ReCap a node can decode (" + e.getMessage() + ")");
                }
            }
        }
        String statementProblem = null;
        if (siwe.statement() != null) {
            for (IndexedRecap indexed : recaps) {
                String expected = indexed.recap().statement();
                if (!siwe.statement().endsWith(expected)) {
                    statementProblem = "its SIWE statement does not end with the statement of the ReCap in resource "
                            + indexed.resourceIndex() + ", \"" + PrintableText.of(expected)
                            + "\" (Incorrect statement for capability"
                            + " object)";
                    break;
                }
            }
        }
        return new RecapAuthorization(recaps, skipped, statementProblem);
    }

    /**
     * Why no ReCap grants {@code ability} on {@code resource}, or empty if one does. Per ReCap, the
     * attenuation key is {@code <prefix>://*} when present — exclusively — else the resource's own key;
     * under it, {@code *}/{@code *} or the ability's ReCap key grants.
     */
    Optional<String> grantProblem(LitResource resource, LitAbility ability) {
        for (IndexedRecap indexed : recaps) {
            if (indexed.recap().verifyCapabilitiesForResource(resource, ability)) {
                return Optional.empty();
            }
        }
        StringBuilder why = new StringBuilder();
        if (recaps.isEmpty()) {
            why.append("its SIWE carries no ReCap, so it grants nothing");
        }
        for (IndexedRecap indexed : recaps) {
            if (why.length() > 0) {
                why.append("; ");
            }
            why.append(denial(indexed, resource, ability));
        }
        for (String reason : skipped) {
            why.append("; ").append(reason);
        }
        return Optional.of(why.toString());
    }

    private static String denial(IndexedRecap indexed, LitResource resource, LitAbility ability) {
        SortedMap<String, SortedMap<String, List<JsonValue.Obj>>> att =
                indexed.recap().attenuations();
        String wanted = ability.recapAbilityKey();
        String intro = "the ReCap in resource " + indexed.resourceIndex();
        String key = att.containsKey(resource.wildcardKey())
                ? resource.wildcardKey()
                : att.containsKey(resource.key()) ? resource.key() : null;
        if (key == null) {
            return intro + " has no attenuation for " + resource.wildcardKey()
                    + (resource.isWildcard() ? "" : " or " + resource.key()) + " (it covers "
                    + String.join(", ", att.keySet()) + ")";
        }
        String granted = intro + " grants " + String.join(", ", att.get(key).keySet()) + " on " + key + " but not "
                + wanted + " (nor " + Recap.ANY_ABILITY + ")";
        SortedMap<String, List<JsonValue.Obj>> specific = att.get(resource.key());
        if (!key.equals(resource.key())
                && specific != null
                && (specific.containsKey(wanted) || specific.containsKey(Recap.ANY_ABILITY))) {
            granted += "; " + resource.key() + " would grant it, but a node uses " + key + " alone when it is present";
        }
        return granted;
    }
}
