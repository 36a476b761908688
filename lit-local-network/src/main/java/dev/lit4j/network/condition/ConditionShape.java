package dev.lit4j.network.condition;

import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;

/**
 * Which kind of condition one item is. A list's kind decides it, except in unified conditions, whose
 * canonical form (the one clients send and nodes hash) has no {@code conditionType}: there a
 * {@code conditionType} decides if present, else the fields tell the kinds apart, as the node's untagged
 * types do.
 */
enum ConditionShape {
    EVM_BASIC("evmBasic", "EVM basic"),
    EVM_CONTRACT("evmContract", "EVM contract"),
    SOL_RPC("solRpc", "Solana RPC"),
    COSMOS("cosmos", "Cosmos");

    private final String conditionType;
    private final String description;

    ConditionShape(String conditionType, String description) {
        this.conditionType = conditionType;
        this.description = description;
    }

    /** The unified {@code conditionType} value, e.g. {@code evmBasic}. */
    String conditionType() {
        return conditionType;
    }

    /** A readable name, e.g. {@code EVM basic}. */
    String description() {
        return description;
    }

    static ConditionShape of(Kind kind, JsonValue.Obj condition) {
        return switch (kind) {
            case EVM_BASIC -> EVM_BASIC;
            case EVM_CONTRACT -> EVM_CONTRACT;
            case SOL_RPC -> SOL_RPC;
            case UNIFIED -> byFields(condition);
        };
    }

    private static ConditionShape byFields(JsonValue.Obj condition) {
        if (condition.get("conditionType").orElse(null) instanceof JsonValue.Str type) {
            for (ConditionShape shape : values()) {
                if (shape.conditionType.equals(type.value())) {
                    return shape;
                }
            }
        }
        if (condition.has("functionAbi")) {
            return EVM_CONTRACT;
        }
        if (condition.has("pdaInterface") || condition.has("params")) {
            return SOL_RPC;
        }
        if (condition.has("path")) {
            return COSMOS;
        }
        return EVM_BASIC;
    }
}
