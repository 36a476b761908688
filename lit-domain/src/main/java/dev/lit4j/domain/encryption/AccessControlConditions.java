package dev.lit4j.domain.encryption;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.codec.internal.JsonValueParser;
import dev.lit4j.domain.resource.AccessControlConditionResource;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import dev.lit4j.domain.resource.LitResource;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The access control conditions data is encrypted under: one of the four lists the JS SDK accepts
 * ({@code accessControlConditions}, {@code evmContractConditions}, {@code solRpcConditions},
 * {@code unifiedAccessControlConditions}), held in the canonical form the nodes hash (client spec §2.4).
 *
 * <p>Two lists that differ only in fields the nodes do not read, or in key order, are the same
 * conditions: they have the same {@link #canonicalJson()} and {@link #hash()}, so the same ciphertexts.
 * Immutable and thread-safe; equal when kind and canonical form are.
 */
public final class AccessControlConditions {
    private static final String FIELD = "conditions";

    private final Kind kind;
    private final String givenJson;
    private final String canonicalJson;
    private final String hash;

    private AccessControlConditions(Kind kind, String givenJson, String canonicalJson, String hash) {
        this.kind = kind;
        this.givenJson = givenJson;
        this.canonicalJson = canonicalJson;
        this.hash = hash;
    }

    /**
     * Conditions of {@code kind} from their JSON array.
     *
     * @throws InvalidInputException naming the offending item (see {@link AccessControlConditionResource#canonicalJson})
     */
    public static AccessControlConditions of(Kind kind, String conditionsJson) {
        String canonical = AccessControlConditionResource.canonicalJson(kind, conditionsJson);
        return new AccessControlConditions(
                kind,
                JsJson.stringify(JsonValueParser.parse(kind.fieldName(), conditionsJson)),
                canonical,
                AccessControlConditionResource.conditionsHash(kind, conditionsJson));
    }

    /**
     * Reads conditions as a user writes them down: either a bare JSON array, taken as
     * {@code accessControlConditions}, or an object with exactly one of the four keys
     * ({@code {"unifiedAccessControlConditions":[…]}}), as the JS SDK's parameters and
     * {@code encryptToJson} carry them.
     *
     * @throws InvalidInputException naming {@code field} if the JSON is neither, names no kind or two,
     *     or the conditions are malformed
     */
    public static AccessControlConditions fromJson(String field, String json) {
        JsonValue parsed = JsonValueParser.parse(field, json);
        if (parsed instanceof JsonValue.Arr) {
            return of(Kind.EVM_BASIC, json);
        }
        if (!(parsed instanceof JsonValue.Obj object)) {
            throw new InvalidInputException(
                    field,
                    "expected a JSON array of conditions or an object with one of " + kindNames() + ", found "
                            + parsed.typeName());
        }
        Kind found = null;
        JsonValue list = null;
        for (JsonValue.Member member : object.members()) {
            Optional<Kind> kind = Kind.fromFieldName(member.name());
            if (kind.isEmpty() || member.value() instanceof JsonValue.Null) {
                continue;
            }
            if (found != null) {
                throw new InvalidInputException(
                        field,
                        "has both " + found.fieldName() + " and " + member.name()
                                + "; data is encrypted under exactly one list of conditions");
            }
            found = kind.get();
            list = member.value();
        }
        if (found == null) {
            throw new InvalidInputException(field, "names no conditions; expected one of " + kindNames());
        }
        return of(found, JsJson.stringify(list));
    }

    /** Which of the four lists these are. */
    public Kind kind() {
        return kind;
    }

    /** The canonical JSON text the nodes hash, e.g. {@code [{"contractAddress":"","chain":"ethereum",…}]}. */
    public String canonicalJson() {
        return canonicalJson;
    }

    /**
     * The canonical conditions as a JSON value, to send to the nodes. Unified conditions lose their
     * {@code conditionType} here, as in the JS SDK: the nodes tell the kinds apart by their fields.
     */
    public JsonValue canonicalValue() {
        return JsonValueParser.parse(kind.fieldName(), canonicalJson);
    }

    /** {@code hashOfConditions}: the lowercase hex SHA-256 of {@link #canonicalJson()}. */
    public String hash() {
        return hash;
    }

    /** The resource {@code lit-accesscontrolcondition://<hash>/<dataToEncryptHash>} a decryption is for. */
    public LitResource resource(DataHash dataToEncryptHash) {
        InvalidInputException.requireNonNull("dataToEncryptHash", dataToEncryptHash);
        return LitResource.accessControlCondition(hash(), dataToEncryptHash.hex());
    }

    /**
     * The identity data is encrypted to: the UTF-8 bytes of {@link #resource}'s key (operations spec §3.1).
     */
    public byte[] identity(DataHash dataToEncryptHash) {
        return resource(dataToEncryptHash).key().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The {@code chain} of the first condition that names one, depth first: the chain a decrypt request
     * names by default.
     *
     * @return empty if no condition names a chain
     */
    public Optional<String> firstChain() {
        return firstChain(canonicalValue());
    }

    /**
     * {@code {"<kind>":[…]}} with the conditions as they were given (compact), which {@link #fromJson}
     * reads back to equal conditions.
     */
    public String toJson() {
        StringBuilder out = new StringBuilder(givenJson.length() + 40).append('{');
        JsJson.key(out, kind.fieldName());
        return out.append(givenJson).append('}').toString();
    }

    private static Optional<String> firstChain(JsonValue value) {
        if (value instanceof JsonValue.Arr list) {
            for (JsonValue item : list.items()) {
                Optional<String> chain = firstChain(item);
                if (chain.isPresent()) {
                    return chain;
                }
            }
        } else if (value instanceof JsonValue.Obj condition
                && condition.get("chain").orElse(null) instanceof JsonValue.Str chain) {
            return Optional.of(chain.value());
        }
        return Optional.empty();
    }

    private static String kindNames() {
        StringBuilder names = new StringBuilder();
        for (Kind kind : Kind.values()) {
            names.append(names.length() == 0 ? "" : ", ").append(kind.fieldName());
        }
        return names.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccessControlConditions that
                && kind == that.kind
                && canonicalJson.equals(that.canonicalJson);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + canonicalJson.hashCode();
    }

    @Override
    public String toString() {
        return toJson();
    }
}
