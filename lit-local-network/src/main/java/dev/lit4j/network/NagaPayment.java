package dev.lit4j.network;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.naga.NagaProduct;
import dev.lit4j.network.error.ErrorKind;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.math.BigInteger;

/**
 * The payment step of a Naga node's operation routes (node spec §2.2, §2.11; operations spec §5.4): the session
 * sig's signed message must carry {@code maxPrice} (a string, hex after {@code 0x}, otherwise decimal, a U256),
 * and the node's price for the product must not exceed it. Stateless.
 */
final class NagaPayment {
    private NagaPayment() {
    }

    /**
     * The session sig's {@code maxPrice}.
     *
     * @throws LitNodeError {@code NodeAuthSigSignedMessageConversionError} if it is missing, not a string or not
     *     a U256, as a Naga node refuses such a session sig before it looks at payment
     */
    static BigInteger maxPrice(AuthSig sessionSig) {
        JsonElement message;
        try {
            message = JsonParser.parseString(sessionSig.signedMessage());
        } catch (JsonParseException e) {
            throw unreadable("signedMessage is not JSON");
        }
        JsonElement maxPrice = message.isJsonObject() ? message.getAsJsonObject().get("maxPrice") : null;
        if (maxPrice == null) {
            throw unreadable("missing field `maxPrice`");
        }
        if (!maxPrice.isJsonPrimitive() || !maxPrice.getAsJsonPrimitive().isString()) {
            throw unreadable("invalid type for `maxPrice`: expected a string, found " + maxPrice);
        }
        String text = maxPrice.getAsString();
        boolean hex = text.startsWith("0x");
        String digits = hex ? text.substring(2) : text;
        if (digits.isEmpty() || !digits.matches(hex ? "[0-9a-fA-F]+" : "[0-9]+")) {
            throw unreadable("maxPrice \"" + text + "\" is neither 0x-prefixed hex nor decimal");
        }
        BigInteger value = new BigInteger(digits, hex ? 16 : 10);
        if (value.compareTo(FixedNodePrices.MAX) > 0) {
            throw unreadable("maxPrice " + text + " does not fit in a U256");
        }
        return value;
    }

    /**
     * Requires the session's {@code maxPrice} to cover the node's price for {@code product}.
     *
     * @throws LitNodeError {@code PaymentFailed} (402, kind {@code Generic}) naming both amounts otherwise
     */
    static void requireCovered(NodeContext node, BigInteger maxPrice, NagaProduct product) {
        BigInteger price = node.prices().price(product);
        if (price.compareTo(maxPrice) > 0) {
            throw LitNodeError.of(NodeErrorCode.PAYMENT_FAILED, "max_price: " + maxPrice
                    + " is less than the endpoint price:  " + price).withKind(ErrorKind.GENERIC);
        }
    }

    private static LitNodeError unreadable(String detail) {
        return LitNodeError.of(NodeErrorCode.NODE_AUTH_SIG_SIGNED_MESSAGE_CONVERSION_ERROR, detail);
    }
}
