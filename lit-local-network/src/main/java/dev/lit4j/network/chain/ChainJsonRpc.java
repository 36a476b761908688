package dev.lit4j.network.chain;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.lit4j.domain.LitException;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The Ethereum JSON-RPC methods a Lit client asks of a local network's chain, answered from its
 * {@link LocalChain} and {@link StakingContractView} (JSON-RPC 2.0 objects in, objects out; no I/O).
 *
 * <p>The JS SDK's {@code custom} network asks {@code eth_chainId} (each provider, once), {@code eth_call} of
 * the Staking view (to find the nodes), and, while it listens for the Staking contract's {@code StateChanged}
 * event, {@code eth_blockNumber} and, when the block number moves, {@code eth_getLogs}. These four are
 * answered; any other method is a {@code -32601} error naming them. {@code eth_call} of an address without
 * a contract returns {@code 0x}, as on any chain; of another function of the Staking contract, a revert.
 * The Staking contract never emits an event here, so {@code eth_getLogs} answers an empty list. Further
 * {@link ContractView}s (a Naga network's Staking and PriceFeed, which a JS SDK 8 {@code nagaLocal} client
 * reads) answer {@code eth_call} at their addresses, and revert for a function they do not have.
 * Thread-safe.
 */
public final class ChainJsonRpc {
    /**
     * The chain id: Chronicle Yellowstone's, the chain of Datil's Staking contract.
     */
    public static final long CHAIN_ID = 175_188L;
    /** JSON-RPC 2.0: the request is not a valid request object. */
    public static final int INVALID_REQUEST = -32_600;
    /** JSON-RPC 2.0: no such method. */
    public static final int METHOD_NOT_FOUND = -32_601;
    /** JSON-RPC 2.0: the method's parameters are wrong. */
    public static final int INVALID_PARAMS = -32_602;
    /** JSON-RPC 2.0: the body is not JSON. */
    public static final int PARSE_ERROR = -32_700;
    /** Ethereum's code for a call that reverted (EIP-1474 / geth). */
    public static final int EXECUTION_REVERTED = 3;

    private static final Set<String> BLOCK_TAGS = Set.of("latest", "pending", "safe", "finalized", "earliest");
    private static final String METHODS = "eth_chainId, eth_blockNumber, eth_call and eth_getLogs";

    private final LocalChain chain;
    private final StakingContractView staking;
    private final List<ContractView> contracts;

    /** Answers from {@code chain}, with {@code staking} at {@link StakingContractView#ADDRESS}. */
    public ChainJsonRpc(LocalChain chain, StakingContractView staking) {
        this(chain, staking, List.of());
    }

    /**
     * Answers from {@code chain}, with {@code staking} at {@link StakingContractView#ADDRESS} and each of
     * {@code contracts} at its address (a Naga network's Staking and PriceFeed views).
     */
    public ChainJsonRpc(LocalChain chain, StakingContractView staking, List<ContractView> contracts) {
        this.chain = chain;
        this.staking = staking;
        this.contracts = List.copyOf(contracts);
    }

    /** The answer to one request: a JSON-RPC 2.0 response object with {@code result} or {@code error}. */
    public JsonObject answer(JsonElement request) {
        if (!request.isJsonObject()) {
            return error(
                    JsonNull.INSTANCE,
                    INVALID_REQUEST,
                    "invalid request: expected a JSON object, got " + abbreviate(request.toString()));
        }
        JsonObject object = request.getAsJsonObject();
        JsonElement id = object.has("id") ? object.get("id") : JsonNull.INSTANCE;
        JsonElement method = object.get("method");
        if (!"2.0".equals(stringOrNull(object.get("jsonrpc")))) {
            return error(id, INVALID_REQUEST, "invalid request: \"jsonrpc\" must be \"2.0\"");
        }
        if (method == null
                || !method.isJsonPrimitive()
                || !method.getAsJsonPrimitive().isString()) {
            return error(id, INVALID_REQUEST, "invalid request: \"method\" must be a string");
        }
        JsonElement params = object.has("params") ? object.get("params") : new JsonArray();
        if (!params.isJsonArray()) {
            return error(id, INVALID_PARAMS, "invalid params: \"params\" must be an array");
        }
        try {
            return result(id, call(method.getAsString(), params.getAsJsonArray()));
        } catch (RpcError e) {
            return error(id, e.code, e.getMessage());
        }
    }

    /** A JSON-RPC 2.0 error response. */
    public static JsonObject error(JsonElement id, int code, String message) {
        JsonObject error = new JsonObject();
        error.addProperty("code", code);
        error.addProperty("message", message);
        JsonObject response = envelope(id);
        response.add("error", error);
        return response;
    }

    private JsonElement call(String method, JsonArray params) {
        return switch (method) {
            case "eth_chainId" -> {
                expectParams(method, params, 0, 0);
                yield quantity(BigInteger.valueOf(CHAIN_ID));
            }
            case "eth_blockNumber" -> {
                expectParams(method, params, 0, 0);
                yield quantity(BigInteger.valueOf(chain.latest().number()));
            }
            case "eth_call" -> ethCall(params);
            case "eth_getLogs" -> getLogs(params);
            default ->
                throw new RpcError(
                        METHOD_NOT_FOUND,
                        "the method " + abbreviate(method)
                                + " does not exist/is not available: this local chain answers " + METHODS);
        };
    }

    private JsonElement ethCall(JsonArray params) {
        expectParams("eth_call", params, 1, 2);
        JsonObject transaction = object("eth_call", params.get(0), "the call object");
        if (params.size() == 2) {
            blockNumber("eth_call", params.get(1));
        }
        String to = hexString("eth_call", transaction, "to", 40);
        String data = transaction.has("data")
                ? hexString("eth_call", transaction, "data", -1)
                : transaction.has("input") ? hexString("eth_call", transaction, "input", -1) : "0x";
        for (ContractView contract : contracts) {
            if (to.equalsIgnoreCase(contract.address().checksummed())) {
                return new JsonPrimitive(contractCall(contract, data));
            }
        }
        if (!to.equalsIgnoreCase(StakingContractView.ADDRESS.checksummed())) {
            return new JsonPrimitive("0x");
        }
        if (!data.equalsIgnoreCase(StakingContractView.SELECTOR)) {
            throw new RpcError(
                    EXECUTION_REVERTED,
                    "execution reverted: the local Staking contract answers only "
                            + StakingContractView.FUNCTION + " (" + StakingContractView.SELECTOR + "), not call data "
                            + abbreviate(data));
        }
        return new JsonPrimitive(staking.returnData());
    }

    private static String contractCall(ContractView contract, String data) {
        try {
            return contract.call(data)
                    .orElseThrow(() -> new RpcError(
                            EXECUTION_REVERTED,
                            "execution reverted:"
                                    + " the local contract at "
                                    + contract.address().checksummed() + " answers only "
                                    + contract.functions() + ", not call data " + abbreviate(data)));
        } catch (ContractRevert e) {
            throw new RpcError(EXECUTION_REVERTED, e.getMessage());
        }
    }

    private JsonElement getLogs(JsonArray params) {
        expectParams("eth_getLogs", params, 1, 1);
        JsonObject filter = object("eth_getLogs", params.get(0), "the filter");
        for (String key : new String[] {"fromBlock", "toBlock"}) {
            if (filter.has(key)) {
                blockNumber("eth_getLogs", filter.get(key));
            }
        }
        if (filter.has("blockHash")
                && chain.find(stringOrNull(filter.get("blockHash"))).isEmpty()) {
            throw new RpcError(
                    INVALID_PARAMS,
                    "invalid params: eth_getLogs: unknown block "
                            + abbreviate(String.valueOf(filter.get("blockHash"))));
        }
        return new JsonArray();
    }

    private long blockNumber(String method, JsonElement tag) {
        String text = stringOrNull(tag);
        if (text != null && BLOCK_TAGS.contains(text)) {
            return text.equals("earliest") ? 0 : chain.latest().number();
        }
        if (text != null
                && text.startsWith("0x")
                && text.length() > 2
                && text.length() <= 18
                && text.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            long number = Long.parseUnsignedLong(text.substring(2), 16);
            if (number < 0 || number > chain.latest().number()) {
                throw new RpcError(
                        INVALID_PARAMS,
                        "invalid params: " + method + ": block " + text
                                + " is beyond the latest block "
                                + quantity(BigInteger.valueOf(chain.latest().number()))
                                        .getAsString());
            }
            return number;
        }
        throw new RpcError(
                INVALID_PARAMS,
                "invalid params: " + method + ": expected a block number (0x…) or one of "
                        + BLOCK_TAGS.stream().sorted().toList() + ", got " + abbreviate(String.valueOf(tag)));
    }

    private static void expectParams(String method, JsonArray params, int min, int max) {
        if (params.size() < min || params.size() > max) {
            throw new RpcError(
                    INVALID_PARAMS,
                    "invalid params: " + method + " takes " + (min == max ? Integer.toString(min) : min + " to " + max)
                            + " parameters, got " + params.size());
        }
    }

    private static JsonObject object(String method, JsonElement value, String what) {
        if (!value.isJsonObject()) {
            throw new RpcError(
                    INVALID_PARAMS,
                    "invalid params: " + method + ": " + what + " must be an object, got "
                            + abbreviate(value.toString()));
        }
        return value.getAsJsonObject();
    }

    // digits < 0: any even number of hex digits
    private static String hexString(String method, JsonObject object, String key, int digits) {
        String text = stringOrNull(object.get(key));
        boolean valid = text != null
                && text.startsWith("0x")
                && (digits < 0 ? text.length() % 2 == 0 : text.length() == 2 + digits)
                && text.substring(2).chars().allMatch(c -> Character.digit(c, 16) >= 0);
        if (!valid) {
            throw new RpcError(
                    INVALID_PARAMS,
                    "invalid params: " + method + ": \"" + key + "\" must be 0x and "
                            + (digits < 0 ? "an even number of hex digits" : digits + " hex digits") + ", got "
                            + abbreviate(String.valueOf(object.get(key))));
        }
        return text.toLowerCase(Locale.ROOT);
    }

    private static String stringOrNull(JsonElement value) {
        return value != null
                        && value.isJsonPrimitive()
                        && value.getAsJsonPrimitive().isString()
                ? value.getAsString()
                : null;
    }

    private static JsonPrimitive quantity(BigInteger value) {
        return new JsonPrimitive("0x" + value.toString(16));
    }

    private static JsonObject result(JsonElement id, JsonElement result) {
        JsonObject response = envelope(id);
        response.add("result", result);
        return response;
    }

    private static JsonObject envelope(JsonElement id) {
        JsonObject response = new JsonObject();
        response.addProperty("jsonrpc", "2.0");
        response.add("id", id);
        return response;
    }

    private static String abbreviate(String text) {
        String printable = text.codePoints()
                .map(c -> c < 0x20 || c == 0x7F ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "…";
    }

    /** A JSON-RPC error to answer. */
    private static final class RpcError extends LitException {
        private static final long serialVersionUID = 1L;
        private final int code;

        RpcError(int code, String message) {
            super(message);
            this.code = code;
        }
    }
}
