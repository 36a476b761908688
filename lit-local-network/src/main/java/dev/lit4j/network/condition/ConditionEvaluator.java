package dev.lit4j.network.condition;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.resource.AccessControlConditionResource.Kind;
import dev.lit4j.network.NodeRequest;
import dev.lit4j.network.chain.LocalChain;
import dev.lit4j.network.error.LitNodeError;
import dev.lit4j.network.error.NodeErrorCode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks access control conditions for one user against the local chain, as a Datil node does
 * ({@code check_access_control_conditions}): a top-level list without operators is joined with {@code and},
 * every list must alternate conditions (or nested groups) and operators, every condition is evaluated, and
 * the results are folded left to right with {@code and} / {@code or}.
 *
 * <p>It evaluates the EVM basic conditions a test can set the chain up for: {@code :userAddress}
 * comparisons (method {@code ""}), {@code eth_getBalance}, {@code standardContractType} {@code timestamp}
 * (the latest block's time), {@code ERC20} {@code balanceOf} and {@code ERC721} {@code ownerOf} /
 * {@code balanceOf}; as unified conditions too. Everything else — other contract types or methods, EVM
 * contract, Solana and Cosmos conditions — is refused with {@code NodeAccessControlConditionsCheckFailed}
 * naming what cannot be evaluated, never granted. Stateless and thread-safe.
 */
public final class ConditionEvaluator {
    /** The most conditions a request may carry, counted through nested groups. */
    public static final int MAX_CONDITIONS = 30;

    private static final String USER_ADDRESS = ":userAddress";

    private final LocalChain chain;

    public ConditionEvaluator(LocalChain chain) {
        this.chain = InvalidInputException.requireNonNull("chain", chain);
    }

    /**
     * Whether {@code user} meets {@code conditions}.
     *
     * @throws LitNodeError {@code NodeInvalidBooleanConditionType}, or the error of a condition that cannot be
     *     evaluated or is malformed
     */
    public boolean isMet(RequestConditions conditions, EthAddress user) {
        return group(conditions.kind(), withAnds(conditions.items().items()), user);
    }

    /** The conditions in {@code list}, through nested groups; operators do not count. */
    public static int count(JsonValue.Arr list) {
        int count = 0;
        for (JsonValue item : list.items()) {
            if (item instanceof JsonValue.Arr nested) {
                count += count(nested);
            } else if (!isOperator(item)) {
                count++;
            }
        }
        return count;
    }

    private boolean group(Kind kind, List<JsonValue> items, EthAddress user) {
        if (!isBooleanExpression(items)) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_INVALID_BOOLEAN_CONDITION_TYPE, "Invalid boolean Access Control Conditions");
        }
        Boolean result = null;
        String pending = null;
        for (JsonValue item : items) {
            if (isOperator(item)) {
                pending = operator(item);
                continue;
            }
            boolean value = item instanceof JsonValue.Arr nested
                    ? group(kind, nested.items(), user)
                    : condition(kind, (JsonValue.Obj) item, user);
            result = result == null ? value : "and".equals(pending) ? result && value : result || value;
        }
        return result;
    }

    private static List<JsonValue> withAnds(List<JsonValue> items) {
        if (items.size() < 2 || containsOperator(items)) {
            return items;
        }
        List<JsonValue> joined = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                joined.add(JsonValue.Obj.builder()
                        .put("operator", new JsonValue.Str("and"))
                        .build());
            }
            joined.add(items.get(i));
        }
        return joined;
    }

    private static boolean containsOperator(List<JsonValue> items) {
        for (JsonValue item : items) {
            if (isOperator(item) || item instanceof JsonValue.Arr nested && containsOperator(nested.items())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBooleanExpression(List<JsonValue> items) {
        boolean expectCondition = true;
        for (JsonValue item : items) {
            boolean operator = isOperator(item);
            if (expectCondition == operator) {
                return false;
            }
            if (item instanceof JsonValue.Arr nested && !isBooleanExpression(nested.items())) {
                return false;
            }
            expectCondition = operator;
        }
        return !expectCondition;
    }

    private static boolean isOperator(JsonValue item) {
        return item instanceof JsonValue.Obj object && object.has("operator");
    }

    private static String operator(JsonValue item) {
        JsonValue value = ((JsonValue.Obj) item).get("operator").orElseThrow();
        if (value instanceof JsonValue.Str text && ("and".equals(text.value()) || "or".equals(text.value()))) {
            return text.value();
        }
        throw NodeRequest.invalidBody("operator: expected \"and\" or \"or\", got " + value);
    }

    private boolean condition(Kind kind, JsonValue.Obj condition, EthAddress user) {
        ConditionShape shape = ConditionShape.of(kind, condition);
        if (shape != ConditionShape.EVM_BASIC) {
            throw cannotEvaluate(shape.description() + " conditions");
        }
        String contractType = text(condition, "standardContractType");
        String method = text(condition, "method");
        List<String> parameters = strings(condition, "parameters");
        ReturnValueTest test = returnValueTest(condition);
        switch (contractType) {
            case "" -> {
                if (method.isEmpty()) {
                    String subject = parameter(parameters, 0);
                    if (USER_ADDRESS.equals(subject)) {
                        return test.compare(user, address(substitute(test.value(), user), "returnValueTest.value"));
                    }
                    return test.compare(subject);
                }
                if ("eth_getBalance".equals(method)) {
                    EthAddress account = address(substitute(parameter(parameters, 0), user), "parameters[0]");
                    return test.compare(chain.ledger().balance(account));
                }
                throw cannotEvaluate("the RPC method " + ReturnValueTest.quote(method));
            }
            case "timestamp" -> {
                return test.compare(
                        BigInteger.valueOf(chain.latest().timestamp().getEpochSecond()));
            }
            case "ERC20" -> {
                EthAddress token = address(text(condition, "contractAddress"), "contractAddress");
                if (!"balanceOf".equals(method)) {
                    throw cannotEvaluate("the ERC20 method " + ReturnValueTest.quote(method));
                }
                EthAddress holder = address(substitute(parameter(parameters, 0), user), "parameters[0]");
                return test.compare(chain.ledger().erc20Balance(token, holder).orElseThrow(() -> noContract(token)));
            }
            case "ERC721" -> {
                EthAddress contract = address(text(condition, "contractAddress"), "contractAddress");
                if ("ownerOf".equals(method)) {
                    BigInteger tokenId = tokenId(parameter(parameters, 0));
                    Optional<EthAddress> owner;
                    try {
                        owner = chain.ledger().erc721Owner(contract, tokenId);
                    } catch (InvalidInputException e) {
                        throw LitNodeError.of(NodeErrorCode.NODE_RPC_ERROR, "Error making RPC Call", e.getMessage());
                    }
                    return test.compare(
                            owner.orElseThrow(() -> noContract(contract)),
                            address(substitute(test.value(), user), "returnValueTest.value"));
                }
                if ("balanceOf".equals(method)) {
                    EthAddress holder = address(substitute(parameter(parameters, 0), user), "parameters[0]");
                    return test.compare(
                            chain.ledger().erc721Balance(contract, holder).orElseThrow(() -> noContract(contract)));
                }
                throw cannotEvaluate("the ERC721 method " + ReturnValueTest.quote(method));
            }
            default -> throw cannotEvaluate("standardContractType " + ReturnValueTest.quote(contractType));
        }
    }

    private static String substitute(String parameter, EthAddress user) {
        return USER_ADDRESS.equals(parameter) ? user.checksummed() : parameter;
    }

    private static EthAddress address(String text, String field) {
        try {
            return EthAddress.parseAnyCase(field, text);
        } catch (InvalidInputException e) {
            throw LitNodeError.of(NodeErrorCode.NODE_CONDITION_ADDRESS_CONVERSION_ERROR, e.getMessage());
        }
    }

    private static BigInteger tokenId(String text) {
        if (!text.matches("[0-9]{1,78}")) {
            throw LitNodeError.of(
                    NodeErrorCode.NODE_CONDITION_TOKEN_ID_PARSING_ERROR,
                    "Could not parse token id",
                    "parameters[0] " + ReturnValueTest.quote(text) + " is not a decimal token id");
        }
        return new BigInteger(text);
    }

    private static String parameter(List<String> parameters, int index) {
        if (parameters.size() <= index) {
            throw NodeRequest.invalidBody(
                    "parameters: expected at least " + (index + 1) + " parameter(s), got " + parameters.size());
        }
        return parameters.get(index);
    }

    private static ReturnValueTest returnValueTest(JsonValue.Obj condition) {
        JsonValue value = condition.get("returnValueTest").orElse(null);
        if (!(value instanceof JsonValue.Obj test)) {
            throw NodeRequest.invalidBody("returnValueTest: expected an object {comparator, value}");
        }
        return new ReturnValueTest(text(test, "comparator"), text(test, "value"));
    }

    private static String text(JsonValue.Obj object, String key) {
        JsonValue value = object.get(key).orElse(null);
        if (!(value instanceof JsonValue.Str text)) {
            throw NodeRequest.invalidBody("missing field `" + key + "` or not a string, found "
                    + (value == null ? "nothing" : value.typeName()));
        }
        return text.value();
    }

    private static List<String> strings(JsonValue.Obj object, String key) {
        JsonValue value = object.get(key).orElse(null);
        if (!(value instanceof JsonValue.Arr array)) {
            throw NodeRequest.invalidBody("missing field `" + key + "` or not an array of strings");
        }
        List<String> out = new ArrayList<>();
        for (JsonValue item : array.items()) {
            if (!(item instanceof JsonValue.Str text)) {
                throw NodeRequest.invalidBody(key + ": expected strings, found " + item.typeName());
            }
            out.add(text.value());
        }
        return out;
    }

    private static LitNodeError cannotEvaluate(String what) {
        return LitNodeError.of(
                NodeErrorCode.NODE_ACCESS_CONTROL_CONDITIONS_CHECK_FAILED,
                "the local network cannot evaluate " + what + "; it evaluates :userAddress comparisons,"
                        + " eth_getBalance, timestamp, ERC20 balanceOf and ERC721 ownerOf/balanceOf against its chain");
    }

    private static LitNodeError noContract(EthAddress contract) {
        return LitNodeError.of(
                NodeErrorCode.NODE_RPC_ERROR,
                "Error making RPC Call",
                "no token contract at " + contract.checksummed()
                        + " on the local chain; set its state with LocalChain.ledger()");
    }
}
