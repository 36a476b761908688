package dev.lit4j.network.condition;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.encryption.AccessControlConditions;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import dev.lit4j.network.NodeRequest;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.util.ArrayList;
import java.util.List;

/**
 * The access control conditions of a request body: the first of {@code accessControlConditions},
 * {@code evmContractConditions}, {@code solRpcConditions}, {@code unifiedAccessControlConditions} that is
 * present and not null (the node's order), as sent, and as {@link AccessControlConditions} for hashing.
 *
 * @param kind which list it is
 * @param items the list as sent
 * @param conditions the same conditions, hashable; unified ones get back the {@code conditionType} their
 *     canonical form leaves out, which does not change the hash
 */
public record RequestConditions(Kind kind, JsonValue.Arr items, AccessControlConditions conditions) {

    /**
     * Reads the conditions of {@code body}.
     *
     * @throws LitNodeError {@code NodeMissingAccessControlConditions} if there are none, {@code NodeTooManyConditions}
     *     beyond {@value ConditionEvaluator#MAX_CONDITIONS}, or HTTP 422 if they are malformed
     */
    public static RequestConditions read(JsonObject body) {
        for (Kind kind : Kind.values()) {
            JsonElement element = body.get(kind.fieldName());
            if (element == null || element.isJsonNull()) {
                continue;
            }
            JsonValue value = parse(kind.fieldName(), element.toString());
            if (!(value instanceof JsonValue.Arr items)) {
                throw NodeRequest.invalidBody(
                        kind.fieldName() + ": expected an array of conditions, found " + value.typeName());
            }
            int count = ConditionEvaluator.count(items);
            if (count > ConditionEvaluator.MAX_CONDITIONS) {
                throw LitNodeError.of(
                        NodeErrorCode.NODE_TOO_MANY_CONDITIONS,
                        "Too many conditions, max is " + ConditionEvaluator.MAX_CONDITIONS + ", got " + count);
            }
            JsonValue hashable = kind == Kind.UNIFIED ? typed(items) : items;
            try {
                return new RequestConditions(kind, items, AccessControlConditions.of(kind, JsJson.stringify(hashable)));
            } catch (InvalidInputException e) {
                throw NodeRequest.invalidBody(e.getMessage());
            }
        }
        throw LitNodeError.of(
                NodeErrorCode.NODE_MISSING_ACCESS_CONTROL_CONDITIONS,
                "no accessControlConditions,"
                        + " evmContractConditions, solRpcConditions or unifiedAccessControlConditions in the request");
    }

    private static JsonValue parse(String field, String json) {
        try {
            return JsonValueParser.parse(field, json);
        } catch (InvalidInputException e) {
            throw NodeRequest.invalidBody(e.getMessage());
        }
    }

    private static JsonValue typed(JsonValue item) {
        if (item instanceof JsonValue.Arr group) {
            List<JsonValue> items = new ArrayList<>();
            group.items().forEach(member -> items.add(typed(member)));
            return new JsonValue.Arr(items);
        }
        if (!(item instanceof JsonValue.Obj condition) || condition.has("operator") || condition.has("conditionType")) {
            return item;
        }
        JsonValue.Obj.Builder out = JsonValue.Obj.builder()
                .put(
                        "conditionType",
                        new JsonValue.Str(
                                ConditionShape.of(Kind.UNIFIED, condition).conditionType()));
        condition.members().forEach(member -> out.put(member.name(), member.value()));
        return out.build();
    }
}
