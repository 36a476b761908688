package dev.lit4j.network;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.naga.internal.U256Text;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.pkp.AuthMethodType;
import dev.lit4j.network.sessionkey.RequestAuthMethod;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The body of {@code POST /web/sign_session_key/v1} as a Datil node's JSON data guard reads it
 * ({@code JsonSignSessionKeyRequestV1}, node spec §3.3): required {@code sessionKey}, {@code authMethods},
 * {@code siweMessage} and {@code curveType} (a curve the node knows); optional {@code pkpPublicKey},
 * {@code authSig}, {@code code}, {@code litActionIpfsId}, {@code jsParams} and {@code epoch}; other keys
 * ignored. A body of the wrong shape is answered 422, as the guard does. Naga's
 * {@code JsonSignSessionKeyRequestV2} also requires {@code nodeSet} and {@code maxPrice} (a U256 string, read
 * as hex with an optional {@code 0x}, as ethers' serde reads it).
 *
 * @param jsParams the Lit Action's globals, empty when absent
 * @param maxPrice on Naga, the request's {@code maxPrice}; null on Datil
 */
record SignSessionKeyBody(
        String sessionKey,
        List<RequestAuthMethod> authMethods,
        String pkpPublicKey,
        boolean hasAuthSig,
        String siweMessage,
        String curveType,
        String code,
        String litActionIpfsId,
        JsonObject jsParams,
        BigInteger maxPrice) {

    /** The curve names of the node's {@code CurveType}, the values {@code curveType} may take. */
    static final List<String> CURVE_TYPES =
            List.of("BLS", "K256", "Ed25519", "Ed448", "Ristretto25519", "P256", "P384", "RedJubjub");

    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");

    SignSessionKeyBody {
        authMethods = List.copyOf(authMethods);
        jsParams = jsParams.deepCopy();
    }

    @Override
    public JsonObject jsParams() {
        return jsParams.deepCopy();
    }

    /**
     * Reads the request's body.
     *
     * @param naga whether it is Naga's request type
     * @throws LitNodeError HTTP 422 (uncoded, kind {@code Parser}) naming the first field of the wrong shape
     */
    static SignSessionKeyBody parse(NodeRequest request, boolean naga) {
        JsonObject body = request.body();
        String sessionKey = request.requiredString("sessionKey");
        List<RequestAuthMethod> authMethods = authMethods(body.get("authMethods"));
        String pkpPublicKey = request.optionalString("pkpPublicKey").orElse(null);
        boolean hasAuthSig = isPresent(body, "authSig", JsonElement::isJsonObject, "an AuthSig object");
        String siweMessage = request.requiredString("siweMessage");
        String curveType = request.requiredString("curveType");
        if (!CURVE_TYPES.contains(curveType)) {
            throw NodeRequest.invalidBody(
                    "unknown variant `" + curveType + "` for `curveType`, expected one of " + CURVE_TYPES);
        }
        String code = request.optionalString("code").orElse(null);
        String litActionIpfsId = request.optionalString("litActionIpfsId").orElse(null);
        JsonObject jsParams = isPresent(body, "jsParams", JsonElement::isJsonObject, "an object")
                ? body.getAsJsonObject("jsParams")
                : new JsonObject();
        // the local network has a single key epoch, so the epoch is only checked for its type
        isPresent(body, "epoch", SignSessionKeyBody::isU64, "a non-negative integer");
        BigInteger maxPrice = null;
        if (naga) {
            if (!isPresent(body, "nodeSet", JsonElement::isJsonArray, "a sequence of {socketAddress, value}")) {
                throw NodeRequest.invalidBody("missing field `nodeSet`");
            }
            maxPrice = maxPrice(request.optionalString("maxPrice")
                    .orElseThrow(() -> NodeRequest.invalidBody("missing field `maxPrice`")));
        }
        return new SignSessionKeyBody(
                sessionKey,
                authMethods,
                pkpPublicKey,
                hasAuthSig,
                siweMessage,
                curveType,
                code,
                litActionIpfsId,
                jsParams,
                maxPrice);
    }

    /** A U256 as ethers' serde reads a string: hex digits, {@code 0x} optional. */
    private static BigInteger maxPrice(String text) {
        try {
            return U256Text.hex("maxPrice", text);
        } catch (InvalidInputException e) {
            throw NodeRequest.invalidBody(e.getMessage());
        }
    }

    private static List<RequestAuthMethod> authMethods(JsonElement value) {
        if (value == null) {
            throw NodeRequest.invalidBody("missing field `authMethods`");
        }
        if (!value.isJsonArray()) {
            throw NodeRequest.invalidBody("invalid type for `authMethods`: expected an array, found " + typeOf(value));
        }
        JsonArray array = value.getAsJsonArray();
        List<RequestAuthMethod> methods = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String field = "authMethods[" + i + "]";
            if (!array.get(i).isJsonObject()) {
                throw NodeRequest.invalidBody("invalid type for `" + field + "`: expected an object");
            }
            JsonObject method = array.get(i).getAsJsonObject();
            JsonElement type = method.get("authMethodType");
            if (type == null || !isU32(type)) {
                throw NodeRequest.invalidBody("`" + field + ".authMethodType` must be an auth method type number"
                        + " 0.." + Integer.MAX_VALUE + ", found " + (type == null ? "none" : typeOf(type)));
            }
            JsonElement token = method.get("accessToken");
            if (token == null
                    || !token.isJsonPrimitive()
                    || !token.getAsJsonPrimitive().isString()) {
                throw NodeRequest.invalidBody("`" + field + ".accessToken` must be a string");
            }
            methods.add(new RequestAuthMethod(new AuthMethodType(type.getAsInt()), token.getAsString()));
        }
        return methods;
    }

    /** Whether {@code key} is present and not null; if present, it must have the expected shape. */
    private static boolean isPresent(JsonObject body, String key, Predicate<JsonElement> shape, String expected) {
        JsonElement value = body.get(key);
        if (value == null || value.isJsonNull()) {
            return false;
        }
        if (!shape.test(value)) {
            throw NodeRequest.invalidBody(
                    "invalid type for `" + key + "`: expected " + expected + ", found " + typeOf(value));
        }
        return true;
    }

    // The local network holds auth method types in an int; larger u32 values are refused here.
    private static boolean isU32(JsonElement value) {
        BigInteger number = integer(value);
        return number != null && number.signum() >= 0 && number.compareTo(BigInteger.valueOf(Integer.MAX_VALUE)) <= 0;
    }

    private static boolean isU64(JsonElement value) {
        BigInteger number = integer(value);
        return number != null && number.signum() >= 0 && number.compareTo(U64_MAX) <= 0;
    }

    /** The value of a JSON number written as an integer (no fraction, no exponent), else null. */
    private static BigInteger integer(JsonElement value) {
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            return null;
        }
        String text = value.getAsJsonPrimitive().getAsString();
        return INTEGER.matcher(text).matches() ? new BigInteger(text) : null;
    }

    private static String typeOf(JsonElement value) {
        if (value.isJsonNull()) {
            return "null";
        }
        if (value.isJsonArray()) {
            return "an array";
        }
        if (value.isJsonObject()) {
            return "an object";
        }
        JsonPrimitive primitive = value.getAsJsonPrimitive();
        return primitive.isString()
                ? "a string"
                : primitive.isNumber()
                        ? "the number " + primitive.getAsString()
                        : "the boolean " + primitive.getAsBoolean();
    }
}
