package dev.lit4j.domain.resource;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.resource.internal.ResourceAbilityRequestJson;
import org.jspecify.annotations.Nullable;

/**
 * One thing a session asks to do: an ability on a resource, optionally with a restriction object
 * ({@code data}) that becomes the ReCap restriction for it (client spec §2.3, §3.5, §6.5).
 *
 * <p>The ability must be valid on the resource's kind, and no ability may be requested on the node-only
 * {@code lit-resolvedauthcontext} resource. {@link ResourceAbilityRequestJson} reads and writes the
 * JSON form used inside session-signed messages.
 *
 * @param resource the resource
 * @param ability the ability, valid on {@code resource}
 * @param data the restriction object, or null for none
 */
public record ResourceAbilityRequest(LitResource resource, LitAbility ability, JsonValue.@Nullable Obj data) {

    public ResourceAbilityRequest {
        InvalidInputException.requireNonNull("resourceAbilityRequest.resource", resource);
        InvalidInputException.requireNonNull("resourceAbilityRequest.ability", ability);
        ability.requireValidOn("resourceAbilityRequest.ability", resource);
    }

    /** A request without a restriction object. */
    public static ResourceAbilityRequest of(LitResource resource, LitAbility ability) {
        return new ResourceAbilityRequest(resource, ability, null);
    }
}
