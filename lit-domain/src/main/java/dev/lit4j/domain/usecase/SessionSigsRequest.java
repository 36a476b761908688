package dev.lit4j.domain.usecase;

import dev.lit4j.domain.InvalidInputException;
import dev.lit4j.domain.auth.AuthSig;
import dev.lit4j.domain.codec.JsonValue;
import dev.lit4j.domain.recap.Recap;
import dev.lit4j.domain.resource.LitAbility;
import dev.lit4j.domain.resource.LitResource;
import dev.lit4j.domain.resource.ResourceAbilityRequest;
import dev.lit4j.domain.session.SessionKeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a caller asks of {@link SessionSigIssuer#getSessionSigs}: the JS SDK's
 * {@code GetSessionSigsProps}. Built with {@link #builder()}; immutable.
 */
public final class SessionSigsRequest {
    /** The default session lifetime, as in the JS SDK: 24 hours. */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(24);

    private final List<ResourceAbilityRequest> resourceAbilityRequests;
    private final Instant expiration;
    private final List<AuthSig> capabilityAuthSigs;
    private final SessionKeyPair sessionKey;
    private final String chain;
    private final String domain;
    private final Recap sessionCapabilityObject;
    private final String litActionCode;
    private final String litActionIpfsId;
    private final JsonValue.Obj jsParams;

    private SessionSigsRequest(Builder builder) {
        if (builder.resourceAbilityRequests.isEmpty()) {
            throw new InvalidInputException(
                    "resourceAbilityRequests",
                    "is empty; request at least one resource" + " and ability, e.g. lit-pkp://* with pkp-signing");
        }
        if (builder.litActionCode != null && builder.litActionIpfsId != null) {
            throw new InvalidInputException(
                    "litActionCode", "give either the Lit Action code or its IPFS id, not both");
        }
        this.resourceAbilityRequests = List.copyOf(builder.resourceAbilityRequests);
        this.expiration = builder.expiration;
        this.capabilityAuthSigs = List.copyOf(builder.capabilityAuthSigs);
        this.sessionKey = builder.sessionKey;
        this.chain = builder.chain;
        this.domain = builder.domain;
        this.sessionCapabilityObject = builder.sessionCapabilityObject;
        this.litActionCode = builder.litActionCode;
        this.litActionIpfsId = builder.litActionIpfsId;
        this.jsParams = builder.jsParams;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** What the session may be used for; signed into every node's message. */
    public List<ResourceAbilityRequest> resourceAbilityRequests() {
        return resourceAbilityRequests;
    }

    /** When the session expires; empty for {@link #DEFAULT_LIFETIME} from now. */
    public Optional<Instant> expiration() {
        return Optional.ofNullable(expiration);
    }

    /** Extra capabilities, such as capacity delegations, placed before the wallet or PKP AuthSig. */
    public List<AuthSig> capabilityAuthSigs() {
        return capabilityAuthSigs;
    }

    /** The caller's own session key; empty to use the one stored for the identity. */
    public Optional<SessionKeyPair> sessionKey() {
        return Optional.ofNullable(sessionKey);
    }

    /** The chain name given to the auth step; {@code ethereum} by default. */
    public String chain() {
        return chain;
    }

    /** The SIWE domain given to the auth step, if chosen. */
    public Optional<String> domain() {
        return Optional.ofNullable(domain);
    }

    /** The capability object whose statement and resources are given to the auth step; empty by default. */
    public Recap sessionCapabilityObject() {
        return sessionCapabilityObject;
    }

    /** Base64 Lit Action code for custom auth, passed to the auth step. */
    public Optional<String> litActionCode() {
        return Optional.ofNullable(litActionCode);
    }

    /** The IPFS id of a custom-auth Lit Action, passed to the auth step. */
    public Optional<String> litActionIpfsId() {
        return Optional.ofNullable(litActionIpfsId);
    }

    /** Parameters for the Lit Action, passed to the auth step. */
    public Optional<JsonValue.Obj> jsParams() {
        return Optional.ofNullable(jsParams);
    }

    /** Builds a {@link SessionSigsRequest}. Not thread-safe. */
    public static final class Builder {
        private final List<ResourceAbilityRequest> resourceAbilityRequests = new ArrayList<>();
        private Instant expiration;
        private final List<AuthSig> capabilityAuthSigs = new ArrayList<>();
        private SessionKeyPair sessionKey;
        private String chain = "ethereum";
        private String domain;
        private Recap sessionCapabilityObject = Recap.empty();
        private String litActionCode;
        private String litActionIpfsId;
        private JsonValue.Obj jsParams;

        private Builder() {}

        /** Adds a request: {@code ability} on {@code resource}. */
        public Builder resource(LitResource resource, LitAbility ability) {
            return resource(ResourceAbilityRequest.of(resource, ability));
        }

        /** Adds a request. */
        public Builder resource(ResourceAbilityRequest request) {
            resourceAbilityRequests.add(InvalidInputException.requireNonNull("resourceAbilityRequest", request));
            return this;
        }

        /** Adds requests, in order. */
        public Builder resources(List<ResourceAbilityRequest> requests) {
            InvalidInputException.requireNonNull("resourceAbilityRequests", requests)
                    .forEach(this::resource);
            return this;
        }

        /** When the session expires. */
        public Builder expiration(Instant value) {
            this.expiration = InvalidInputException.requireNonNull("expiration", value);
            return this;
        }

        /** Adds a capability AuthSig (e.g. a capacity delegation). */
        public Builder capabilityAuthSig(AuthSig authSig) {
            capabilityAuthSigs.add(InvalidInputException.requireNonNull("capabilityAuthSig", authSig));
            return this;
        }

        /** Uses the caller's own session key instead of the stored one. */
        public Builder sessionKey(SessionKeyPair value) {
            this.sessionKey = InvalidInputException.requireNonNull("sessionKey", value);
            return this;
        }

        /** The chain name given to the auth step. */
        public Builder chain(String value) {
            this.chain = InvalidInputException.requireNonNull("chain", value);
            return this;
        }

        /** The SIWE domain given to the auth step. */
        public Builder domain(String value) {
            this.domain = InvalidInputException.requireNonNull("domain", value);
            return this;
        }

        /** The session capability object given to the auth step. */
        public Builder sessionCapabilityObject(Recap value) {
            this.sessionCapabilityObject = InvalidInputException.requireNonNull("sessionCapabilityObject", value);
            return this;
        }

        /** Base64 Lit Action code for custom auth. */
        public Builder litActionCode(String base64Code) {
            this.litActionCode = InvalidInputException.requireNonNull("litActionCode", base64Code);
            return this;
        }

        /** The IPFS id of a custom-auth Lit Action. */
        public Builder litActionIpfsId(String cid) {
            this.litActionIpfsId = InvalidInputException.requireNonNull("litActionIpfsId", cid);
            return this;
        }

        /** Parameters for the Lit Action. */
        public Builder jsParams(JsonValue.Obj value) {
            this.jsParams = InvalidInputException.requireNonNull("jsParams", value);
            return this;
        }

        /**
         * Parameters for the Lit Action, from plain Java values: {@code Map.of("amount", 5, "to", List.of("0x…"))}
         * (see {@link JsonValue#fromJava} for the types; a {@code LinkedHashMap} keeps its order on the wire).
         *
         * @throws InvalidInputException naming {@code jsParams} and the path of a value JSON cannot hold
         */
        public Builder jsParams(Map<String, ?> params) {
            InvalidInputException.requireNonNull("jsParams", params);
            return jsParams((JsonValue.Obj) JsonValue.fromJava("jsParams", params));
        }

        /**
         * The request.
         *
         * @throws InvalidInputException if no resource was requested, or both Lit Action code and id were given
         */
        public SessionSigsRequest build() {
            return new SessionSigsRequest(this);
        }
    }
}
