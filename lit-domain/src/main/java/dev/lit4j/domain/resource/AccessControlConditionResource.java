package dev.lit4j.domain.resource;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.Hex;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The resource id of data encrypted under access control conditions (client spec §2.4):
 * {@code sha256(JSON.stringify(canonical(conditions)))} in hex, then {@code /} and the
 * {@code dataToEncryptHash}.
 *
 * <p>The canonical form keeps only the fields the nodes read, in a fixed order, and drops absent
 * ones (as {@code JSON.stringify} drops {@code undefined}); operators become {@code {"operator":…}}
 * and nested arrays (groups) are canonicalized recursively. Values are re-emitted exactly as
 * JavaScript would ({@link JsJson#stringify}).
 *
 * <p>Stricter than the JS SDK: an empty condition list, an item that is neither an operator nor a
 * condition, and a {@code returnValueTest}, {@code functionAbi} or {@code pdaInterface} that is not
 * an object are rejected with an error naming the item, where JS would throw a {@code TypeError} or
 * hash something the nodes cannot use.
 */
public final class AccessControlConditionResource {

    /** Which list of conditions is being hashed: each has its own canonical form. */
    public enum Kind {
        /** {@code accessControlConditions}: EVM basic conditions. */
        EVM_BASIC("accessControlConditions"),
        /** {@code evmContractConditions}: EVM contract calls with an ABI. */
        EVM_CONTRACT("evmContractConditions"),
        /** {@code solRpcConditions}: Solana RPC conditions, v1 or (with {@code pdaParams}) v2. */
        SOL_RPC("solRpcConditions"),
        /** {@code unifiedAccessControlConditions}: each condition names its {@code conditionType}. */
        UNIFIED("unifiedAccessControlConditions");

        private final String fieldName;

        Kind(String fieldName) {
            this.fieldName = fieldName;
        }

        /** The JS parameter name of this list, used in error messages. */
        public String fieldName() {
            return fieldName;
        }

        /** The kind whose {@link #fieldName()} is {@code name}, if any. */
        public static Optional<Kind> fromFieldName(String name) {
            for (Kind kind : values()) {
                if (kind.fieldName.equals(name)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private AccessControlConditionResource() {}

    /**
     * The canonical JSON text that is hashed.
     *
     * @param conditionsJson a JSON array of conditions, operators and nested groups
     * @throws InvalidInputException naming the offending item when the JSON is malformed, empty or
     *     holds something that is neither a condition nor an operator
     */
    public static String canonicalJson(Kind kind, String conditionsJson) {
        InvalidInputException.requireNonNull("kind", kind);
        String field = kind.fieldName();
        JsonValue parsed = JsonValueParser.parse(field, conditionsJson);
        if (!(parsed instanceof JsonValue.Arr list)) {
            throw new InvalidInputException(field, "expected a JSON array of conditions, found " + parsed.typeName());
        }
        if (list.items().isEmpty()) {
            throw new InvalidInputException(field, "no conditions; at least one is required");
        }
        return JsJson.stringify(canonical(kind, field, list));
    }

    /** The lowercase hex SHA-256 of {@link #canonicalJson}. */
    public static String conditionsHash(Kind kind, String conditionsJson) {
        byte[] utf8 = canonicalJson(kind, conditionsJson).getBytes(StandardCharsets.UTF_8);
        try {
            return Hex.encode(MessageDigest.getInstance("SHA-256").digest(utf8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    /**
     * The resource {@code lit-accesscontrolcondition://<conditionsHash>/<dataToEncryptHash>}.
     *
     * @param dataToEncryptHashHex the SHA-256 of the plaintext in hex, as {@code encrypt} returns it
     */
    public static LitResource resource(Kind kind, String conditionsJson, String dataToEncryptHashHex) {
        return LitResource.accessControlCondition(conditionsHash(kind, conditionsJson), dataToEncryptHashHex);
    }

    private static JsonValue canonical(Kind kind, String path, JsonValue item) {
        if (item instanceof JsonValue.Arr group) {
            List<JsonValue> items = new ArrayList<>();
            for (int i = 0; i < group.items().size(); i++) {
                items.add(canonical(kind, path + "[" + i + "]", group.items().get(i)));
            }
            return new JsonValue.Arr(items);
        }
        JsonValue.Obj condition = requireObject(path, item);
        if (condition.has("operator")) {
            return JsonValue.Obj.builder()
                    .put("operator", condition.get("operator").orElseThrow())
                    .build();
        }
        if (!condition.has("returnValueTest")) {
            throw new InvalidInputException(
                    path, "neither an operator (\"operator\") nor a condition" + " (\"returnValueTest\")");
        }
        return switch (kind) {
            case EVM_BASIC -> evmBasic(path, condition);
            case EVM_CONTRACT -> evmContract(path, condition);
            case SOL_RPC -> solRpc(path, condition, condition.has("pdaParams"));
            case UNIFIED -> unified(path, condition);
        };
    }

    private static JsonValue unified(String path, JsonValue.Obj condition) {
        Optional<JsonValue> type = condition.get("conditionType");
        String name = type.filter(JsonValue.Str.class::isInstance)
                .map(t -> ((JsonValue.Str) t).value())
                .orElse("");
        return switch (name) {
            case "evmBasic" -> evmBasic(path, condition);
            case "evmContract" -> evmContract(path, condition);
            case "solRpc" -> solRpc(path, condition, true);
            case "cosmos" -> cosmos(path, condition);
            default ->
                throw new InvalidInputException(
                        path + ".conditionType",
                        type.isEmpty()
                                ? "is missing; expected solRpc, evmBasic, evmContract or cosmos"
                                : "unknown condition type " + JsJson.stringify(type.get())
                                        + "; expected solRpc, evmBasic, evmContract or cosmos");
        };
    }

    private static JsonValue evmBasic(String path, JsonValue.Obj c) {
        JsonValue.Obj test = requireObject(
                path + ".returnValueTest", c.get("returnValueTest").orElseThrow());
        return JsonValue.Obj.builder()
                .putIfPresent("contractAddress", c.get("contractAddress"))
                .putIfPresent("chain", c.get("chain"))
                .putIfPresent("standardContractType", c.get("standardContractType"))
                .putIfPresent("method", c.get("method"))
                .putIfPresent("parameters", c.get("parameters"))
                .put(
                        "returnValueTest",
                        JsonValue.Obj.builder()
                                .putIfPresent("comparator", test.get("comparator"))
                                .putIfPresent("value", test.get("value"))
                                .build())
                .build();
    }

    private static JsonValue evmContract(String path, JsonValue.Obj c) {
        JsonValue.Obj abi = requireObject(
                path + ".functionAbi",
                c.get("functionAbi").orElseThrow(() -> new InvalidInputException(path + ".functionAbi", "is missing")));
        return JsonValue.Obj.builder()
                .putIfPresent("contractAddress", c.get("contractAddress"))
                .putIfPresent("functionName", c.get("functionName"))
                .putIfPresent("functionParams", c.get("functionParams"))
                .put(
                        "functionAbi",
                        JsonValue.Obj.builder()
                                .putIfPresent("name", abi.get("name"))
                                .put("inputs", abiParams(path + ".functionAbi.inputs", abi.get("inputs")))
                                .put("outputs", abiParams(path + ".functionAbi.outputs", abi.get("outputs")))
                                .put("constant", abi.get("constant").orElse(new JsonValue.Bool(false)))
                                .putIfPresent("stateMutability", abi.get("stateMutability"))
                                .build())
                .putIfPresent("chain", c.get("chain"))
                .put("returnValueTest", keyedReturnValueTest(path, c))
                .build();
    }

    private static JsonValue abiParams(String path, Optional<JsonValue> params) {
        if (params.isEmpty() || !(params.get() instanceof JsonValue.Arr list)) {
            throw new InvalidInputException(
                    path,
                    "expected an array of {name, type}, found "
                            + params.map(JsonValue::typeName).orElse("nothing"));
        }
        List<JsonValue> canonical = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            JsonValue.Obj param =
                    requireObject(path + "[" + i + "]", list.items().get(i));
            canonical.add(JsonValue.Obj.builder()
                    .putIfPresent("name", param.get("name"))
                    .putIfPresent("type", param.get("type"))
                    .build());
        }
        return new JsonValue.Arr(canonical);
    }

    private static JsonValue solRpc(String path, JsonValue.Obj c, boolean v2) {
        JsonValue.Obj.Builder out =
                JsonValue.Obj.builder().putIfPresent("method", c.get("method")).putIfPresent("params", c.get("params"));
        if (v2) {
            JsonValue.Obj pda = c.get("pdaInterface")
                    .map(p -> requireObject(path + ".pdaInterface", p))
                    .orElse(null);
            if (pda == null || !c.has("pdaKey") || !pda.has("offset") || !pda.has("fields")) {
                throw new InvalidInputException(
                        path,
                        "a v2 Solana RPC condition (one with pdaParams, or any in"
                                + " unified conditions) needs pdaInterface {offset, fields} and pdaKey");
            }
            out.putIfPresent("pdaParams", c.get("pdaParams"))
                    .put(
                            "pdaInterface",
                            JsonValue.Obj.builder()
                                    .put("offset", pda.get("offset").orElseThrow())
                                    .put("fields", pda.get("fields").orElseThrow())
                                    .build())
                    .put("pdaKey", c.get("pdaKey").orElseThrow());
        }
        return out.putIfPresent("chain", c.get("chain"))
                .put("returnValueTest", keyedReturnValueTest(path, c))
                .build();
    }

    private static JsonValue cosmos(String path, JsonValue.Obj c) {
        return JsonValue.Obj.builder()
                .putIfPresent("path", c.get("path"))
                .putIfPresent("chain", c.get("chain"))
                .putIfPresent("method", c.get("method"))
                .putIfPresent("parameters", c.get("parameters"))
                .put("returnValueTest", keyedReturnValueTest(path, c))
                .build();
    }

    private static JsonValue keyedReturnValueTest(String path, JsonValue.Obj c) {
        JsonValue.Obj test = requireObject(
                path + ".returnValueTest", c.get("returnValueTest").orElseThrow());
        return JsonValue.Obj.builder()
                .putIfPresent("key", test.get("key"))
                .putIfPresent("comparator", test.get("comparator"))
                .putIfPresent("value", test.get("value"))
                .build();
    }

    private static JsonValue.Obj requireObject(String path, JsonValue value) {
        if (value instanceof JsonValue.Obj obj) {
            return obj;
        }
        throw new InvalidInputException(path, "expected an object, found " + value.typeName());
    }
}
