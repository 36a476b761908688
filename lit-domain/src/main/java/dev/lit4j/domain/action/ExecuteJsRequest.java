package dev.lit4j.domain.action;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.codec.internal.JavaJson;
import dev.lit4j.domain.resource.LitResource;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * What to execute with {@code executeJs}: a Lit Action's code or its IPFS id, its {@code jsParams}, how to
 * pick the response, and whether one node suffices. Immutable; build one with {@link #code} or
 * {@link #ipfsId}.
 *
 * <pre>{@code
 * ExecuteJsRequest request = ExecuteJsRequest.code("""
 *         (async () => {
 *           await Lit.Actions.signEcdsa({ toSign, publicKey, sigName: 'sig1' });
 *           Lit.Actions.setResponse({ response: JSON.stringify({ hello: 'world' }) });
 *         })();""")
 *         .jsParams(Map.of("toSign", digest, "publicKey", pkp.hex()))
 *         .build();
 * }</pre>
 */
public final class ExecuteJsRequest {
    private final String code;
    private final IpfsCid ipfsId;
    private final IpfsCid cid;
    private final JsonValue.Obj jsParams;
    private final ResponseStrategy responseStrategy;
    private final boolean useSingleNode;

    private ExecuteJsRequest(Builder builder) {
        this.code = builder.code;
        this.ipfsId = builder.ipfsId;
        this.cid = builder.cid;
        this.jsParams = builder.jsParams;
        this.responseStrategy = builder.responseStrategy;
        this.useSingleNode = builder.useSingleNode;
    }

    /**
     * A request that sends the action's source; its CID is computed from the UTF-8 bytes.
     *
     * @throws InvalidInputException if the code is empty or larger than {@link IpfsCid#MAX_SINGLE_CHUNK_BYTES}
     */
    public static Builder code(String source) {
        InvalidInputException.requireNonNull("code", source);
        if (source.isEmpty()) {
            throw new InvalidInputException("code", "is empty; give the Lit Action's JavaScript source");
        }
        return new Builder(source, null, IpfsCid.ofContent(source.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * A request that names the action by the IPFS CIDv0 of its code, which the nodes fetch.
     *
     * @throws InvalidInputException if the id is not a CIDv0 ({@code Qm…})
     */
    public static Builder ipfsId(String cid) {
        IpfsCid parsed = IpfsCid.parse("ipfsId", cid);
        return new Builder(null, parsed, parsed);
    }

    /** The action's source, when sent as code. */
    public Optional<String> optionalCode() {
        return Optional.ofNullable(code);
    }

    /** The source as the wire's {@code code}: standard base64 of its UTF-8 bytes. */
    public Optional<String> optionalCodeBase64() {
        return optionalCode()
                .map(source -> Base64.getEncoder().encodeToString(source.getBytes(StandardCharsets.UTF_8)));
    }

    /** The CID given as {@code ipfsId}, when the action is named by it. */
    public Optional<IpfsCid> optionalIpfsId() {
        return Optional.ofNullable(ipfsId);
    }

    /** The action's CID: given, or computed from the code. The nodes check the session sig against it. */
    public IpfsCid cid() {
        return cid;
    }

    /**
     * The resource a session sig must grant {@code lit-action-execution} on:
     * {@code lit-litaction://<CID>} (a wildcard grant covers it too).
     */
    public LitResource resource() {
        return LitResource.litAction(cid.value());
    }

    /** The action's parameters, when given. */
    public Optional<JsonValue.Obj> optionalJsParams() {
        return Optional.ofNullable(jsParams);
    }

    /** How the response is chosen; {@link ResponseStrategy#LEAST_COMMON} unless set. */
    public ResponseStrategy responseStrategy() {
        return responseStrategy;
    }

    /** Whether the action runs on one node only (for actions that do not sign). */
    public boolean useSingleNode() {
        return useSingleNode;
    }

    @Override
    public String toString() {
        return "ExecuteJsRequest[" + (code != null ? "code " + code.length() + " chars" : "ipfsId") + ", cid=" + cid
                + (jsParams != null ? ", jsParams " + jsParams.names() : "") + (useSingleNode ? ", single node" : "")
                + "]";
    }

    /** Builds an {@link ExecuteJsRequest}. Not thread-safe. */
    public static final class Builder {
        private final String code;
        private final IpfsCid ipfsId;
        private final IpfsCid cid;
        private JsonValue.Obj jsParams;
        private ResponseStrategy responseStrategy = ResponseStrategy.LEAST_COMMON;
        private boolean useSingleNode;

        private Builder(String code, IpfsCid ipfsId, IpfsCid cid) {
            this.code = code;
            this.ipfsId = ipfsId;
            this.cid = cid;
        }

        /**
         * The action's parameters from ordinary Java values ({@link JavaJson}): each key becomes a global
         * variable of the action. A {@code byte[]} becomes an array of numbers, as the SDK sends a
         * {@code Uint8Array}.
         *
         * @throws InvalidInputException naming the first value that has no JSON form, or a key {@code Lit}
         */
        public Builder jsParams(Map<String, ?> params) {
            return jsParams(JavaJson.object("jsParams", params));
        }

        /** The action's parameters as a JSON object. */
        public Builder jsParams(JsonValue.Obj params) {
            InvalidInputException.requireNonNull("jsParams", params);
            if (params.has("Lit")) {
                throw new InvalidInputException(
                        "jsParams",
                        "may not have a key \"Lit\": the action's Lit global is"
                                + " read-only and the nodes refuse it");
            }
            this.jsParams = params;
            return this;
        }

        /** How to pick the response; {@link ResponseStrategy#LEAST_COMMON} by default, as in the JS SDK. */
        public Builder responseStrategy(ResponseStrategy strategy) {
            this.responseStrategy = InvalidInputException.requireNonNull("responseStrategy", strategy);
            return this;
        }

        /**
         * Runs the action on one randomly chosen node instead of all (the SDK's {@code useSingleNode}); only for
         * actions that do not sign, since one node's share is not a signature.
         */
        public Builder useSingleNode(boolean value) {
            this.useSingleNode = value;
            return this;
        }

        /** The request. */
        public ExecuteJsRequest build() {
            return new ExecuteJsRequest(this);
        }
    }
}
