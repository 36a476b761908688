package dev.lit4j.adapters.node;

import dev.lit4j.adapters.node.internal.AnswerJson;
import dev.lit4j.adapters.node.internal.FanOut;
import dev.lit4j.adapters.node.internal.NodeHttp;
import dev.lit4j.adapters.node.internal.NodeReply;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JsJson;
import dev.lit4j.domain.ethereum.EthAddress;
import dev.lit4j.domain.port.NodeException;
import java.math.BigInteger;
import java.net.URI;
import java.time.Duration;
import java.util.List;

/**
 * The two Ethereum JSON-RPC calls a client needs to read a Datil Staking contract: {@code eth_chainId}
 * and {@code eth_call} at the latest block. Posted like node calls ({@link NodeHttp}, retried as safe to
 * repeat), so failures read alike. Thread-safe.
 */
final class EthJsonRpc {
    private final NodeHttp http;
    private final String url;
    private final Duration timeout;

    EthJsonRpc(NodeHttp http, URI url, Duration timeout) {
        this.http = http;
        this.url = url.toString();
        this.timeout = timeout;
    }

    /**
     * The chain id the endpoint serves.
     *
     * @throws NodeException if the endpoint fails or answers something other than a hex quantity
     */
    long chainId() {
        String hex = result("eth_chainId", "[]");
        try {
            return new BigInteger(hex.substring(2), 16).longValueExact();
        } catch (RuntimeException e) {
            throw new NodeException(
                    "JSON-RPC " + url + ": eth_chainId answered " + AnswerJson.quote(hex) + ", not a chain id", e);
        }
    }

    /**
     * The return data of calling {@code to} with {@code data} at the latest block.
     *
     * @throws NodeException if the endpoint fails, reverts or answers no hex string
     */
    String call(EthAddress to, String data) {
        StringBuilder params = new StringBuilder("[{");
        JsJson.key(params, "to");
        JsJson.quote(params, to.checksummed());
        params.append(',');
        JsJson.key(params, "data");
        JsJson.quote(params, data);
        params.append("},\"latest\"]");
        return result("eth_call", params.toString());
    }

    private String result(String method, String params) {
        StringBuilder body = new StringBuilder("{\"jsonrpc\":\"2.0\",\"id\":1,");
        JsJson.key(body, "method");
        JsJson.quote(body, method);
        body.append(",\"params\":").append(params).append('}');
        NodeReply reply = http.post(url, "", body.toString(), FanOut.newRequestId(), timeout, NodeHttp.Repeat.SAFE)
                .join();
        if (reply instanceof NodeReply.Failure failure) {
            throw new NodeException(
                    "JSON-RPC " + method + " failed: " + failure.failure().describe(), List.of(failure.failure()));
        }
        JsonValue.Obj answer = ((NodeReply.Answer) reply).body();
        JsonValue error = AnswerJson.member(answer, "error");
        if (error != null && error != JsonValue.Null.INSTANCE) {
            throw new NodeException("JSON-RPC " + url + ": " + method + " answered an error: "
                    + AnswerJson.quote(JsJson.stringify(error)));
        }
        if (!(AnswerJson.member(answer, "result") instanceof JsonValue.Str result)
                || !result.value().startsWith("0x")) {
            throw new NodeException("JSON-RPC " + url + ": " + method + " answered no 0x-prefixed hex result: "
                    + AnswerJson.quote(JsJson.stringify(answer)));
        }
        return result.value();
    }
}
