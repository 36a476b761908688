package dev.lit4j.cli;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.internal.PrintableText;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.resource.ResourcePrefix;
import dev.lit4j.domain.session.SessionSig;
import dev.lit4j.domain.session.SessionSignedMessage;
import dev.lit4j.domain.session.SessionSignedMessage.ResourceAbilityEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * What {@code lit4j verify} checks when no {@code --resource} is given: every resource and ability the
 * session sig itself requests. An entry that names no resource or ability Lit4j knows is not checked and
 * is listed with the reason; if the signed message cannot be read or requests nothing, the default
 * {@code lit-pkp://*} with {@code pkp-signing} is checked, so that the failure is reported as a node would.
 *
 * @param checked what to verify, in the order the session sig requests it; never empty
 * @param notChecked the entries that cannot be checked, each with why, escaped and bounded
 * @param why why these were chosen, in words
 */
record RequestedResources(List<ResourceAbilityRequest> checked, List<String> notChecked, String why) {
    /** The request checked when the session sig's own cannot be read. */
    static final ResourceAbilityRequest FALLBACK =
            ResourceAbilityRequest.of(LitResource.wildcard(ResourcePrefix.PKP), LitAbility.PKP_SIGNING);

    RequestedResources {
        checked = List.copyOf(checked);
        notChecked = List.copyOf(notChecked);
    }

    /** The resources and abilities {@code sig} requests. */
    static RequestedResources of(SessionSig sig) {
        List<ResourceAbilityEntry> entries;
        try {
            entries = SessionSignedMessage.parse(sig.signedMessage()).resourceAbilityRequests();
        } catch (InvalidInputException e) {
            return new RequestedResources(
                    List.of(FALLBACK),
                    List.of(),
                    "the default, as no --resource was given and" + " the signed message cannot be read");
        }
        List<ResourceAbilityRequest> checked = new ArrayList<>();
        List<String> notChecked = new ArrayList<>();
        for (ResourceAbilityEntry entry : entries) {
            try {
                ResourceAbilityRequest request = ResourceAbilityRequest.of(
                        LitResource.parse(entry.resourcePrefix() + "://" + entry.resource()),
                        LitAbility.fromWireName("ability", entry.ability()));
                if (!checked.contains(request)) {
                    checked.add(request);
                }
            } catch (InvalidInputException e) {
                notChecked.add(PrintableText.of(entry.toString()) + ": "
                        + PrintableText.of(e.getMessage(), PrintableText.MAX_LINE_LENGTH));
            }
        }
        if (checked.isEmpty()) {
            return new RequestedResources(
                    List.of(FALLBACK),
                    notChecked,
                    "the default, as no --resource was given and"
                            + " the session sig requests no resource and ability Lit4j can check");
        }
        return new RequestedResources(
                checked,
                notChecked,
                "every resource and ability the session sig requests," + " as no --resource was given");
    }

    /** {@code <resource key> <ability>}, e.g. {@code lit-pkp://* pkp-signing}. */
    static String describe(ResourceAbilityRequest request) {
        return PrintableText.of(request.resource().key()) + " "
                + request.ability().wireName();
    }
}
